"""score.reworded on every labelled file: no two honest files are each other's rewordings, and
the labelled copies (classmates', published cases') are. The measure's cases and its index are
tests/score/test_clusters.py."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.commands.assignment import load_assignment
from grader.load.schemas import Copies
from grader.load.validate import load_submission
from grader.score.reworded import Own, own_runs, rewordings
from grader.score.similar import shipped_view
from grader.util.errors import UserError
from tests.support import ROOT

COPIES = [  # (a copy, what it copies): each written by a red-team pass as a disguised copy
    ("redteam5/rt5-08", "redteam5/rt5-10"),
    ("redteam14/rt14-08", "redteam13/rt13-15"),
    ("redteam14/rt14-09", "redteam14/rt14-08"),
    ("redteam14/rt14-09", "redteam13/rt13-15"),
    ("redteam13/rt13-08", "redteam12/rt12-14"),
    ("redteam15/rt15-09", "redteam15/rt15-08"),
    ("redteam16/rt16-07", "redteam16/rt16-06"),
    ("redteam16/rt16-09", "redteam16/rt16-08"),
    ("redteam17/rt17-08", "redteam17/rt17-07"),
    ("redteam17/rt17-09", "redteam9/rt9-12"),
    ("redteam18/rt18-08", "redteam18/rt18-07"),
    ("redteam20/rt20-08", "redteam20/rt20-07"),
    ("redteam20/rt20-09", "redteam18/rt18-14"),
    ("redteam22/rt22-08", "redteam22/rt22-07"),
    ("redteam22/rt22-09", "redteam9/rt9-13"),
    ("redteam23/rt23-09", "redteam23/rt23-08"),
    ("redteam24/rt24-08", "redteam24/rt24-07"),
    ("redteam26/rt26-08", "redteam26/rt26-07"),
    ("redteam27/rt27-09", "redteam26/rt26-15"),
    ("redteam28/rt28-08", "redteam27/rt27-15"),
    ("redteam43/rt43-08", "redteam43/rt43-09"),
]
MET = [
    ("redteam103/rt103-12", "redteam51/rt51-15"),
    ("redteam117/rt117-13", "redteam119/rt119-14"),
    ("redteam118/rt118-09", "unseen/u07-cat-story"),
    ("redteam118/rt118-10", "redteam51/rt51-15"),
    ("redteam119/rt119-12", "redteam51/rt51-13"),
    ("redteam120/rt120-01", "unseen/u07-cat-story"),
    ("redteam120/rt120-06", "unseen/u07-cat-story"),
    ("redteam120/rt120-06", "unseen/u10-chat-japanese-list"),
    ("redteam120/rt120-08", "redteam55/rt55-15"),
    ("redteam120/rt120-08", "redteam73/rt73-11"),
    ("redteam121/rt121-13", "redteam139/rt139-11"),  # pass 139, natural
    ("redteam121/rt121-13", "redteam157/rt157-12"),  # passes 156/157, one design
    ("redteam123/rt123-11", "redteam75/rt75-15"),  # a knight, pass 123 (natural)
    ("redteam123/rt123-12", "redteam132/rt132-11"),  # pass 132, natural
    ("redteam124/rt124-14", "redteam131/rt131-11"),  # pass 131, natural
    ("redteam124/rt124-14", "redteam172/rt172-12"),  # passes 172/173, one design
    ("redteam127/rt127-09", "redteam129/rt129-13"),  # pass 129, natural
    ("redteam127/rt127-09", "redteam132/rt132-13"),  # pass 132, natural
    ("redteam129/rt129-13", "redteam132/rt132-13"),  # pass 132, natural
    ("redteam131/rt131-11", "redteam132/rt132-11"),  # pass 132, natural
    ("redteam131/rt131-14", "redteam134/rt134-13"),  # pass 134, natural
    ("redteam133/rt133-14", "redteam43/rt43-09"),  # pass 133, natural
    ("redteam134/rt134-11", "redteam135/rt135-11"),  # pass 135, natural
    ("redteam134/rt134-14", "redteam157/rt157-14"),  # passes 156/157, one design
    ("redteam135/rt135-11", "redteam156/rt156-13"),  # passes 156/157, one design
    ("redteam135/rt135-14", "redteam139/rt139-12"),  # pass 139, natural
    ("redteam135/rt135-14", "redteam157/rt157-11"),  # passes 156/157, one design
    ("redteam135/rt135-14", "redteam166/rt166-11"),  # passes 166/167, one design
    ("redteam135/rt135-14", "redteam169/rt169-11"),  # passes 168/169, one design
    ("redteam136/rt136-12", "redteam155/rt155-14"),  # passes 154/155, one design
    ("redteam136/rt136-12", "redteam172/rt172-14"),  # passes 172/173, one design
    ("redteam136/rt136-13", "redteam25/rt25-12"),  # pass 136, natural
    ("redteam136/rt136-14", "redteam137/rt137-14"),  # pass 137, natural
    ("redteam138/rt138-12", "redteam156/rt156-12"),  # passes 156/157, one design
    ("redteam138/rt138-14", "redteam156/rt156-14"),  # passes 156/157, one design
    ("redteam138/rt138-14", "redteam32/rt32-12"),  # pass 138, natural
    ("redteam139/rt139-11", "redteam157/rt157-12"),  # passes 156/157, one design
    ("redteam139/rt139-12", "redteam157/rt157-11"),  # passes 156/157, one design
    ("redteam139/rt139-12", "redteam166/rt166-11"),  # passes 166/167, one design
    ("redteam139/rt139-12", "redteam167/rt167-11"),  # passes 166/167, one design
    ("redteam139/rt139-12", "redteam168/rt168-11"),  # passes 168/169, one design
    ("redteam139/rt139-12", "redteam169/rt169-11"),  # passes 168/169, one design
    ("redteam140/rt140-11", "redteam158/rt158-13"),  # passes 158/159, one design
    ("redteam140/rt140-14", "redteam159/rt159-14"),  # passes 158/159, one design
    ("redteam140/rt140-14", "redteam166/rt166-14"),  # passes 166/167, one design
    ("redteam140/rt140-14", "redteam167/rt167-14"),  # passes 166/167, one design
    ("redteam140/rt140-14", "redteam168/rt168-14"),  # passes 168/169, one design
    ("redteam140/rt140-14", "redteam169/rt169-14"),  # passes 168/169, one design
    ("redteam140/rt140-14", "redteam170/rt170-14"),  # passes 170/171, one design
    ("redteam141/rt141-11", "redteam160/rt160-13"),  # passes 160/161, one design
    ("redteam141/rt141-11", "redteam170/rt170-13"),  # passes 170/171, one design
    ("redteam141/rt141-11", "redteam173/rt173-13"),  # passes 172/173, one design
    ("redteam142/rt142-11", "redteam146/rt146-11"),  # pass 146: helpers, one idea
    ("redteam142/rt142-11", "redteam177/rt177-12"),  # passes 176/177, one design
    ("redteam142/rt142-14", "redteam146/rt146-14"),  # pass 146: helpers, one idea
    ("redteam143/rt143-11", "redteam144/rt144-11"),  # pass 144: two helpers, one idea
    ("redteam143/rt143-11", "redteam146/rt146-11"),  # pass 146: helpers, one idea
    ("redteam143/rt143-11", "redteam177/rt177-12"),  # passes 176/177, one design
    ("redteam143/rt143-14", "redteam144/rt144-14"),  # pass 144: two helpers, one idea
    ("redteam143/rt143-14", "redteam146/rt146-14"),  # pass 146: helpers, one idea
    ("redteam144/rt144-11", "redteam177/rt177-12"),  # passes 176/177, one design
    ("redteam144/rt144-12", "redteam152/rt152-14"),  # passes 152/153, one design
    ("redteam144/rt144-12", "redteam181/rt181-12"),  # passes 180/181, one design
    ("redteam144/rt144-14", "redteam146/rt146-14"),  # pass 146: helpers, one idea
    ("redteam144/rt144-14", "redteam152/rt152-12"),  # passes 152/153, one design
    ("redteam144/rt144-14", "redteam153/rt153-12"),  # passes 152/153, one design
    ("redteam144/rt144-14", "redteam185/rt185-13"),  # passes 184/185, one design
    ("redteam145/rt145-11", "redteam151/rt151-11"),  # passes 150/151, one design
    ("redteam145/rt145-11", "redteam163/rt163-11"),  # passes 162/163, one design
    ("redteam145/rt145-11", "redteam164/rt164-11"),  # passes 164/165, one design
    ("redteam145/rt145-11", "redteam165/rt165-11"),  # passes 164/165, one design
    ("redteam145/rt145-11", "redteam171/rt171-11"),  # passes 170/171, one design
    ("redteam145/rt145-11", "redteam176/rt176-12"),  # passes 176/177, one design
    ("redteam145/rt145-12", "redteam163/rt163-12"),  # passes 162/163, one design
    ("redteam145/rt145-12", "redteam164/rt164-12"),  # passes 164/165, one design
    ("redteam145/rt145-12", "redteam165/rt165-12"),  # passes 164/165, one design
    ("redteam145/rt145-12", "redteam171/rt171-12"),  # passes 170/171, one design
    ("redteam145/rt145-12", "redteam182/rt182-12"),  # passes 182/183, one design
    ("redteam145/rt145-13", "redteam153/rt153-13"),  # passes 152/153, one design
    ("redteam146/rt146-11", "redteam177/rt177-12"),  # passes 176/177, one design
    ("redteam146/rt146-13", "redteam162/rt162-13"),  # passes 162/163, one design
    ("redteam146/rt146-13", "redteam171/rt171-13"),  # passes 170/171, one design
    ("redteam146/rt146-13", "redteam185/rt185-12"),  # passes 184/185, one design
    ("redteam147/rt147-13", "redteam163/rt163-13"),  # passes 162/163, one design
    ("redteam147/rt147-13", "redteam165/rt165-13"),  # passes 164/165, one design
    ("redteam147/rt147-13", "redteam176/rt176-13"),  # passes 176/177, one design
    ("redteam147/rt147-13", "redteam179/rt179-13"),  # passes 178/179, one design
    ("redteam147/rt147-13", "redteam181/rt181-13"),  # passes 180/181, one design
    ("redteam147/rt147-13", "redteam184/rt184-13"),  # passes 184/185, one design
    ("redteam148/rt148-13", "redteam166/rt166-13"),  # passes 166/167, one design
    ("redteam148/rt148-13", "redteam167/rt167-13"),  # passes 166/167, one design
    ("redteam148/rt148-13", "redteam168/rt168-13"),  # passes 168/169, one design
    ("redteam148/rt148-13", "redteam169/rt169-13"),  # passes 168/169, one design
    ("redteam149/rt149-13", "redteam161/rt161-13"),  # passes 160/161, one design
    ("redteam150/rt150-11", "redteam161/rt161-11"),  # passes 160/161, one design
    ("redteam150/rt150-11", "redteam162/rt162-11"),  # passes 162/163, one design
    ("redteam150/rt150-11", "redteam163/rt163-11"),  # passes 162/163, one design
    ("redteam150/rt150-11", "redteam170/rt170-11"),  # passes 170/171, one design
    ("redteam150/rt150-11", "redteam175/rt175-11"),  # passes 174/175, one design
    ("redteam150/rt150-11", "redteam180/rt180-11"),  # passes 180/181, one design
    ("redteam150/rt150-11", "redteam182/rt182-11"),  # passes 182/183, one design
    ("redteam150/rt150-11", "redteam183/rt183-11"),  # passes 182/183, one design
    ("redteam150/rt150-12", "redteam151/rt151-12"),  # passes 150/151, one design
    ("redteam150/rt150-12", "redteam161/rt161-12"),  # passes 160/161, one design
    ("redteam150/rt150-12", "redteam162/rt162-12"),  # passes 162/163, one design
    ("redteam150/rt150-12", "redteam163/rt163-12"),  # passes 162/163, one design
    ("redteam150/rt150-12", "redteam170/rt170-12"),  # passes 170/171, one design
    ("redteam150/rt150-12", "redteam175/rt175-12"),  # passes 174/175, one design
    ("redteam150/rt150-12", "redteam178/rt178-12"),  # passes 178/179, one design
    ("redteam150/rt150-12", "redteam180/rt180-12"),  # passes 180/181, one design
    ("redteam150/rt150-12", "redteam183/rt183-12"),  # passes 182/183, one design
    ("redteam150/rt150-12", "redteam186/rt186-12"),  # passes 186/189, one design
    ("redteam150/rt150-12", "redteam187/rt187-12"),  # passes 186/189, one design
    ("redteam150/rt150-12", "redteam188/rt188-12"),  # passes 186/189, one design
    ("redteam150/rt150-12", "redteam189/rt189-12"),  # passes 186/189, one design
    ("redteam150/rt150-12", "redteam190/rt190-12"),  # passes 190/191, one design
    ("redteam150/rt150-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam150/rt150-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam150/rt150-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam150/rt150-13", "redteam175/rt175-13"),  # passes 174/175, one design
    ("redteam150/rt150-13", "redteam178/rt178-13"),  # passes 178/179, one design
    ("redteam150/rt150-13", "redteam182/rt182-13"),  # passes 182/183, one design
    ("redteam150/rt150-13", "redteam186/rt186-13"),  # passes 186/189, one design
    ("redteam150/rt150-13", "redteam187/rt187-13"),  # passes 186/189, one design
    ("redteam150/rt150-13", "redteam188/rt188-13"),  # passes 186/189, one design
    ("redteam150/rt150-13", "redteam189/rt189-13"),  # passes 186/189, one design
    ("redteam150/rt150-13", "redteam190/rt190-13"),  # passes 190/191, one design
    ("redteam150/rt150-13", "redteam191/rt191-13"),  # passes 190/191, one design
    ("redteam150/rt150-13", "redteam192/rt192-13"),  # passes 192/193, one design
    ("redteam150/rt150-13", "redteam193/rt193-13"),  # passes 192/193, one design
    ("redteam151/rt151-11", "redteam163/rt163-11"),  # passes 162/163, one design
    ("redteam151/rt151-11", "redteam164/rt164-11"),  # passes 164/165, one design
    ("redteam151/rt151-11", "redteam165/rt165-11"),  # passes 164/165, one design
    ("redteam151/rt151-11", "redteam171/rt171-11"),  # passes 170/171, one design
    ("redteam151/rt151-11", "redteam176/rt176-12"),  # passes 176/177, one design
    ("redteam151/rt151-12", "redteam162/rt162-12"),  # passes 162/163, one design
    ("redteam151/rt151-12", "redteam163/rt163-12"),  # passes 162/163, one design
    ("redteam151/rt151-12", "redteam164/rt164-12"),  # passes 164/165, one design
    ("redteam151/rt151-12", "redteam171/rt171-12"),  # passes 170/171, one design
    ("redteam151/rt151-12", "redteam178/rt178-12"),  # passes 178/179, one design
    ("redteam151/rt151-12", "redteam180/rt180-12"),  # passes 180/181, one design
    ("redteam151/rt151-12", "redteam182/rt182-12"),  # passes 182/183, one design
    ("redteam151/rt151-12", "redteam183/rt183-12"),  # passes 182/183, one design
    ("redteam151/rt151-12", "redteam186/rt186-12"),  # passes 186/189, one design
    ("redteam151/rt151-12", "redteam187/rt187-12"),  # passes 186/189, one design
    ("redteam151/rt151-12", "redteam188/rt188-12"),  # passes 186/189, one design
    ("redteam151/rt151-12", "redteam189/rt189-12"),  # passes 186/189, one design
    ("redteam151/rt151-12", "redteam190/rt190-12"),  # passes 190/191, one design
    ("redteam151/rt151-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam151/rt151-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam151/rt151-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam151/rt151-14", "redteam162/rt162-14"),  # passes 162/163, one design
    ("redteam151/rt151-14", "redteam163/rt163-14"),  # passes 162/163, one design
    ("redteam151/rt151-14", "redteam164/rt164-14"),  # passes 164/165, one design
    ("redteam151/rt151-14", "redteam171/rt171-14"),  # passes 170/171, one design
    ("redteam151/rt151-14", "redteam180/rt180-14"),  # passes 180/181, one design
    ("redteam152/rt152-11", "redteam153/rt153-11"),  # passes 152/153, one design
    ("redteam152/rt152-12", "redteam153/rt153-12"),  # passes 152/153, one design
    ("redteam152/rt152-12", "redteam185/rt185-13"),  # passes 184/185, one design
    ("redteam153/rt153-12", "redteam185/rt185-13"),  # passes 184/185, one design
    ("redteam153/rt153-14", "redteam163/rt163-14"),  # passes 162/163, one design
    ("redteam153/rt153-14", "redteam164/rt164-14"),  # passes 164/165, one design
    ("redteam153/rt153-14", "redteam165/rt165-14"),  # passes 164/165, one design
    ("redteam153/rt153-14", "redteam171/rt171-14"),  # passes 170/171, one design
    ("redteam153/rt153-14", "redteam177/rt177-14"),  # passes 176/177, one design
    ("redteam153/rt153-14", "redteam178/rt178-14"),  # passes 178/179, one design
    ("redteam153/rt153-14", "redteam179/rt179-14"),  # passes 178/179, one design
    ("redteam153/rt153-14", "redteam180/rt180-14"),  # passes 180/181, one design
    ("redteam153/rt153-14", "redteam182/rt182-14"),  # passes 182/183, one design
    ("redteam153/rt153-14", "redteam183/rt183-14"),  # passes 182/183, one design
    ("redteam153/rt153-14", "redteam186/rt186-14"),  # passes 186/189, one design
    ("redteam153/rt153-14", "redteam187/rt187-14"),  # passes 186/189, one design
    ("redteam156/rt156-11", "redteam31/rt31-12"),  # passes 156/157, one design
    ("redteam156/rt156-14", "redteam32/rt32-12"),  # passes 156/157, one design
    ("redteam157/rt157-11", "redteam166/rt166-11"),  # passes 166/167, one design
    ("redteam157/rt157-11", "redteam167/rt167-11"),  # passes 166/167, one design
    ("redteam157/rt157-11", "redteam168/rt168-11"),  # passes 168/169, one design
    ("redteam157/rt157-11", "redteam169/rt169-11"),  # passes 168/169, one design
    ("redteam157/rt157-12", "redteam169/rt169-12"),  # passes 168/169, one design
    ("redteam158/rt158-11", "redteam166/rt166-11"),  # passes 166/167, one design
    ("redteam158/rt158-11", "redteam167/rt167-11"),  # passes 166/167, one design
    ("redteam158/rt158-11", "redteam168/rt168-11"),  # passes 168/169, one design
    ("redteam158/rt158-11", "redteam169/rt169-11"),  # passes 168/169, one design
    ("redteam158/rt158-12", "redteam166/rt166-12"),  # passes 166/167, one design
    ("redteam158/rt158-12", "redteam167/rt167-12"),  # passes 166/167, one design
    ("redteam158/rt158-12", "redteam168/rt168-12"),  # passes 168/169, one design
    ("redteam158/rt158-12", "redteam169/rt169-12"),  # passes 168/169, one design
    ("redteam158/rt158-14", "redteam166/rt166-14"),  # passes 166/167, one design
    ("redteam158/rt158-14", "redteam167/rt167-14"),  # passes 166/167, one design
    ("redteam158/rt158-14", "redteam168/rt168-14"),  # passes 168/169, one design
    ("redteam158/rt158-14", "redteam169/rt169-14"),  # passes 168/169, one design
    ("redteam159/rt159-14", "redteam166/rt166-14"),  # passes 166/167, one design
    ("redteam159/rt159-14", "redteam167/rt167-14"),  # passes 166/167, one design
    ("redteam159/rt159-14", "redteam168/rt168-14"),  # passes 168/169, one design
    ("redteam159/rt159-14", "redteam169/rt169-14"),  # passes 168/169, one design
    ("redteam159/rt159-14", "redteam170/rt170-14"),  # passes 170/171, one design
    ("redteam160/rt160-11", "redteam161/rt161-11"),  # passes 160/161, one design
    ("redteam160/rt160-11", "redteam170/rt170-11"),  # passes 170/171, one design
    ("redteam160/rt160-11", "redteam173/rt173-11"),  # passes 172/173, one design
    ("redteam160/rt160-11", "redteam175/rt175-11"),  # passes 174/175, one design
    ("redteam160/rt160-11", "redteam178/rt178-11"),  # passes 178/179, one design
    ("redteam160/rt160-11", "redteam180/rt180-11"),  # passes 180/181, one design
    ("redteam160/rt160-11", "redteam183/rt183-11"),  # passes 182/183, one design
    ("redteam160/rt160-11", "redteam186/rt186-11"),  # passes 186/189, one design
    ("redteam160/rt160-11", "redteam187/rt187-11"),  # passes 186/189, one design
    ("redteam160/rt160-12", "redteam161/rt161-12"),  # passes 160/161, one design
    ("redteam160/rt160-12", "redteam170/rt170-12"),  # passes 170/171, one design
    ("redteam160/rt160-12", "redteam173/rt173-12"),  # passes 172/173, one design
    ("redteam160/rt160-12", "redteam175/rt175-12"),  # passes 174/175, one design
    ("redteam160/rt160-13", "redteam170/rt170-13"),  # passes 170/171, one design
    ("redteam160/rt160-13", "redteam173/rt173-13"),  # passes 172/173, one design
    ("redteam160/rt160-14", "redteam161/rt161-14"),  # passes 160/161, one design
    ("redteam160/rt160-14", "redteam170/rt170-14"),  # passes 170/171, one design
    ("redteam160/rt160-14", "redteam173/rt173-14"),  # passes 172/173, one design
    ("redteam160/rt160-14", "redteam175/rt175-14"),  # passes 174/175, one design
    ("redteam160/rt160-14", "redteam176/rt176-14"),  # passes 176/177, one design
    ("redteam161/rt161-11", "redteam162/rt162-11"),  # passes 162/163, one design
    ("redteam161/rt161-11", "redteam170/rt170-11"),  # passes 170/171, one design
    ("redteam161/rt161-11", "redteam173/rt173-11"),  # passes 172/173, one design
    ("redteam161/rt161-11", "redteam175/rt175-11"),  # passes 174/175, one design
    ("redteam161/rt161-11", "redteam178/rt178-11"),  # passes 178/179, one design
    ("redteam161/rt161-11", "redteam180/rt180-11"),  # passes 180/181, one design
    ("redteam161/rt161-11", "redteam182/rt182-11"),  # passes 182/183, one design
    ("redteam161/rt161-11", "redteam183/rt183-11"),  # passes 182/183, one design
    ("redteam161/rt161-11", "redteam186/rt186-11"),  # passes 186/189, one design
    ("redteam161/rt161-11", "redteam187/rt187-11"),  # passes 186/189, one design
    ("redteam161/rt161-12", "redteam162/rt162-12"),  # passes 162/163, one design
    ("redteam161/rt161-12", "redteam170/rt170-12"),  # passes 170/171, one design
    ("redteam161/rt161-12", "redteam173/rt173-12"),  # passes 172/173, one design
    ("redteam161/rt161-12", "redteam175/rt175-12"),  # passes 174/175, one design
    ("redteam161/rt161-12", "redteam178/rt178-12"),  # passes 178/179, one design
    ("redteam161/rt161-12", "redteam180/rt180-12"),  # passes 180/181, one design
    ("redteam161/rt161-12", "redteam186/rt186-12"),  # passes 186/189, one design
    ("redteam161/rt161-12", "redteam187/rt187-12"),  # passes 186/189, one design
    ("redteam161/rt161-12", "redteam188/rt188-12"),  # passes 186/189, one design
    ("redteam161/rt161-12", "redteam189/rt189-12"),  # passes 186/189, one design
    ("redteam161/rt161-12", "redteam190/rt190-12"),  # passes 190/191, one design
    ("redteam161/rt161-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam161/rt161-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam161/rt161-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam161/rt161-14", "redteam162/rt162-14"),  # passes 162/163, one design
    ("redteam161/rt161-14", "redteam173/rt173-14"),  # passes 172/173, one design
    ("redteam161/rt161-14", "redteam175/rt175-14"),  # passes 174/175, one design
    ("redteam161/rt161-14", "redteam176/rt176-14"),  # passes 176/177, one design
    ("redteam162/rt162-11", "redteam163/rt163-11"),  # passes 162/163, one design
    ("redteam162/rt162-11", "redteam170/rt170-11"),  # passes 170/171, one design
    ("redteam162/rt162-11", "redteam171/rt171-11"),  # passes 170/171, one design
    ("redteam162/rt162-11", "redteam176/rt176-12"),  # passes 176/177, one design
    ("redteam162/rt162-11", "redteam182/rt182-11"),  # passes 182/183, one design
    ("redteam162/rt162-11", "redteam183/rt183-11"),  # passes 182/183, one design
    ("redteam162/rt162-12", "redteam163/rt163-12"),  # passes 162/163, one design
    ("redteam162/rt162-12", "redteam171/rt171-12"),  # passes 170/171, one design
    ("redteam162/rt162-12", "redteam178/rt178-12"),  # passes 178/179, one design
    ("redteam162/rt162-12", "redteam180/rt180-12"),  # passes 180/181, one design
    ("redteam162/rt162-12", "redteam182/rt182-12"),  # passes 182/183, one design
    ("redteam162/rt162-12", "redteam183/rt183-12"),  # passes 182/183, one design
    ("redteam162/rt162-12", "redteam186/rt186-12"),  # passes 186/189, one design
    ("redteam162/rt162-12", "redteam187/rt187-12"),  # passes 186/189, one design
    ("redteam162/rt162-12", "redteam188/rt188-12"),  # passes 186/189, one design
    ("redteam162/rt162-12", "redteam189/rt189-12"),  # passes 186/189, one design
    ("redteam162/rt162-12", "redteam190/rt190-12"),  # passes 190/191, one design
    ("redteam162/rt162-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam162/rt162-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam162/rt162-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam162/rt162-13", "redteam185/rt185-12"),  # passes 184/185, one design
    ("redteam162/rt162-14", "redteam163/rt163-14"),  # passes 162/163, one design
    ("redteam163/rt163-11", "redteam164/rt164-11"),  # passes 164/165, one design
    ("redteam163/rt163-11", "redteam171/rt171-11"),  # passes 170/171, one design
    ("redteam163/rt163-11", "redteam176/rt176-12"),  # passes 176/177, one design
    ("redteam163/rt163-11", "redteam182/rt182-11"),  # passes 182/183, one design
    ("redteam163/rt163-12", "redteam164/rt164-12"),  # passes 164/165, one design
    ("redteam163/rt163-12", "redteam171/rt171-12"),  # passes 170/171, one design
    ("redteam163/rt163-12", "redteam180/rt180-12"),  # passes 180/181, one design
    ("redteam163/rt163-12", "redteam182/rt182-12"),  # passes 182/183, one design
    ("redteam163/rt163-12", "redteam183/rt183-12"),  # passes 182/183, one design
    ("redteam163/rt163-13", "redteam179/rt179-13"),  # passes 178/179, one design
    ("redteam163/rt163-13", "redteam181/rt181-13"),  # passes 180/181, one design
    ("redteam163/rt163-13", "redteam184/rt184-13"),  # passes 184/185, one design
    ("redteam163/rt163-14", "redteam164/rt164-14"),  # passes 164/165, one design
    ("redteam163/rt163-14", "redteam165/rt165-14"),  # passes 164/165, one design
    ("redteam163/rt163-14", "redteam171/rt171-14"),  # passes 170/171, one design
    ("redteam163/rt163-14", "redteam177/rt177-14"),  # passes 176/177, one design
    ("redteam163/rt163-14", "redteam178/rt178-14"),  # passes 178/179, one design
    ("redteam163/rt163-14", "redteam179/rt179-14"),  # passes 178/179, one design
    ("redteam163/rt163-14", "redteam180/rt180-14"),  # passes 180/181, one design
    ("redteam163/rt163-14", "redteam182/rt182-14"),  # passes 182/183, one design
    ("redteam163/rt163-14", "redteam183/rt183-14"),  # passes 182/183, one design
    ("redteam163/rt163-14", "redteam186/rt186-14"),  # passes 186/189, one design
    ("redteam163/rt163-14", "redteam187/rt187-14"),  # passes 186/189, one design
    ("redteam164/rt164-11", "redteam165/rt165-11"),  # passes 164/165, one design
    ("redteam164/rt164-11", "redteam171/rt171-11"),  # passes 170/171, one design
    ("redteam164/rt164-11", "redteam176/rt176-12"),  # passes 176/177, one design
    ("redteam164/rt164-12", "redteam165/rt165-12"),  # passes 164/165, one design
    ("redteam164/rt164-12", "redteam171/rt171-12"),  # passes 170/171, one design
    ("redteam164/rt164-12", "redteam182/rt182-12"),  # passes 182/183, one design
    ("redteam164/rt164-13", "redteam171/rt171-13"),  # passes 170/171, one design
    ("redteam164/rt164-13", "redteam185/rt185-12"),  # passes 184/185, one design
    ("redteam164/rt164-14", "redteam165/rt165-14"),  # passes 164/165, one design
    ("redteam164/rt164-14", "redteam171/rt171-14"),  # passes 170/171, one design
    ("redteam164/rt164-14", "redteam177/rt177-14"),  # passes 176/177, one design
    ("redteam164/rt164-14", "redteam178/rt178-14"),  # passes 178/179, one design
    ("redteam164/rt164-14", "redteam179/rt179-14"),  # passes 178/179, one design
    ("redteam164/rt164-14", "redteam180/rt180-14"),  # passes 180/181, one design
    ("redteam164/rt164-14", "redteam182/rt182-14"),  # passes 182/183, one design
    ("redteam164/rt164-14", "redteam183/rt183-14"),  # passes 182/183, one design
    ("redteam164/rt164-14", "redteam186/rt186-14"),  # passes 186/189, one design
    ("redteam164/rt164-14", "redteam187/rt187-14"),  # passes 186/189, one design
    ("redteam165/rt165-11", "redteam171/rt171-11"),  # passes 170/171, one design
    ("redteam165/rt165-11", "redteam176/rt176-12"),  # passes 176/177, one design
    ("redteam165/rt165-12", "redteam171/rt171-12"),  # passes 170/171, one design
    ("redteam165/rt165-12", "redteam182/rt182-12"),  # passes 182/183, one design
    ("redteam165/rt165-13", "redteam176/rt176-13"),  # passes 176/177, one design
    ("redteam165/rt165-13", "redteam179/rt179-13"),  # passes 178/179, one design
    ("redteam165/rt165-13", "redteam181/rt181-13"),  # passes 180/181, one design
    ("redteam165/rt165-13", "redteam184/rt184-13"),  # passes 184/185, one design
    ("redteam165/rt165-14", "redteam171/rt171-14"),  # passes 170/171, one design
    ("redteam165/rt165-14", "redteam177/rt177-14"),  # passes 176/177, one design
    ("redteam165/rt165-14", "redteam178/rt178-14"),  # passes 178/179, one design
    ("redteam165/rt165-14", "redteam179/rt179-14"),  # passes 178/179, one design
    ("redteam165/rt165-14", "redteam180/rt180-14"),  # passes 180/181, one design
    ("redteam165/rt165-14", "redteam182/rt182-14"),  # passes 182/183, one design
    ("redteam165/rt165-14", "redteam183/rt183-14"),  # passes 182/183, one design
    ("redteam165/rt165-14", "redteam186/rt186-14"),  # passes 186/189, one design
    ("redteam165/rt165-14", "redteam187/rt187-14"),  # passes 186/189, one design
    ("redteam166/rt166-11", "redteam167/rt167-11"),  # passes 166/167, one design
    ("redteam166/rt166-11", "redteam168/rt168-11"),  # passes 168/169, one design
    ("redteam166/rt166-11", "redteam169/rt169-11"),  # passes 168/169, one design
    ("redteam166/rt166-12", "redteam167/rt167-12"),  # passes 166/167, one design
    ("redteam166/rt166-12", "redteam168/rt168-12"),  # passes 168/169, one design
    ("redteam166/rt166-12", "redteam169/rt169-12"),  # passes 168/169, one design
    ("redteam166/rt166-13", "redteam167/rt167-13"),  # passes 166/167, one design
    ("redteam166/rt166-13", "redteam168/rt168-13"),  # passes 168/169, one design
    ("redteam166/rt166-13", "redteam169/rt169-13"),  # passes 168/169, one design
    ("redteam166/rt166-14", "redteam167/rt167-14"),  # passes 166/167, one design
    ("redteam166/rt166-14", "redteam168/rt168-14"),  # passes 168/169, one design
    ("redteam166/rt166-14", "redteam169/rt169-14"),  # passes 168/169, one design
    ("redteam167/rt167-11", "redteam168/rt168-11"),  # passes 168/169, one design
    ("redteam167/rt167-11", "redteam169/rt169-11"),  # passes 168/169, one design
    ("redteam167/rt167-12", "redteam168/rt168-12"),  # passes 168/169, one design
    ("redteam167/rt167-12", "redteam169/rt169-12"),  # passes 168/169, one design
    ("redteam167/rt167-13", "redteam168/rt168-13"),  # passes 168/169, one design
    ("redteam167/rt167-13", "redteam169/rt169-13"),  # passes 168/169, one design
    ("redteam167/rt167-14", "redteam168/rt168-14"),  # passes 168/169, one design
    ("redteam167/rt167-14", "redteam169/rt169-14"),  # passes 168/169, one design
    ("redteam168/rt168-11", "redteam169/rt169-11"),  # passes 168/169, one design
    ("redteam168/rt168-12", "redteam169/rt169-12"),  # passes 168/169, one design
    ("redteam168/rt168-13", "redteam169/rt169-13"),  # passes 168/169, one design
    ("redteam168/rt168-14", "redteam169/rt169-14"),  # passes 168/169, one design
    ("redteam170/rt170-11", "redteam173/rt173-11"),  # passes 172/173, one design
    ("redteam170/rt170-11", "redteam175/rt175-11"),  # passes 174/175, one design
    ("redteam170/rt170-11", "redteam178/rt178-11"),  # passes 178/179, one design
    ("redteam170/rt170-11", "redteam180/rt180-11"),  # passes 180/181, one design
    ("redteam170/rt170-11", "redteam182/rt182-11"),  # passes 182/183, one design
    ("redteam170/rt170-11", "redteam183/rt183-11"),  # passes 182/183, one design
    ("redteam170/rt170-11", "redteam186/rt186-11"),  # passes 186/189, one design
    ("redteam170/rt170-11", "redteam187/rt187-11"),  # passes 186/189, one design
    ("redteam170/rt170-12", "redteam173/rt173-12"),  # passes 172/173, one design
    ("redteam170/rt170-12", "redteam175/rt175-12"),  # passes 174/175, one design
    ("redteam170/rt170-12", "redteam178/rt178-12"),  # passes 178/179, one design
    ("redteam170/rt170-12", "redteam186/rt186-12"),  # passes 186/189, one design
    ("redteam170/rt170-12", "redteam187/rt187-12"),  # passes 186/189, one design
    ("redteam170/rt170-12", "redteam188/rt188-12"),  # passes 186/189, one design
    ("redteam170/rt170-12", "redteam189/rt189-12"),  # passes 186/189, one design
    ("redteam170/rt170-12", "redteam190/rt190-12"),  # passes 190/191, one design
    ("redteam170/rt170-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam170/rt170-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam170/rt170-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam170/rt170-13", "redteam173/rt173-13"),  # passes 172/173, one design
    ("redteam170/rt170-14", "redteam173/rt173-14"),  # passes 172/173, one design
    ("redteam170/rt170-14", "redteam175/rt175-14"),  # passes 174/175, one design
    ("redteam170/rt170-14", "redteam176/rt176-14"),  # passes 176/177, one design
    ("redteam171/rt171-11", "redteam176/rt176-12"),  # passes 176/177, one design
    ("redteam171/rt171-12", "redteam180/rt180-12"),  # passes 180/181, one design
    ("redteam171/rt171-12", "redteam182/rt182-12"),  # passes 182/183, one design
    ("redteam171/rt171-12", "redteam183/rt183-12"),  # passes 182/183, one design
    ("redteam171/rt171-13", "redteam185/rt185-12"),  # passes 184/185, one design
    ("redteam171/rt171-14", "redteam177/rt177-14"),  # passes 176/177, one design
    ("redteam171/rt171-14", "redteam178/rt178-14"),  # passes 178/179, one design
    ("redteam171/rt171-14", "redteam179/rt179-14"),  # passes 178/179, one design
    ("redteam171/rt171-14", "redteam180/rt180-14"),  # passes 180/181, one design
    ("redteam171/rt171-14", "redteam182/rt182-14"),  # passes 182/183, one design
    ("redteam171/rt171-14", "redteam183/rt183-14"),  # passes 182/183, one design
    ("redteam171/rt171-14", "redteam186/rt186-14"),  # passes 186/189, one design
    ("redteam171/rt171-14", "redteam187/rt187-14"),  # passes 186/189, one design
    ("redteam173/rt173-11", "redteam175/rt175-11"),  # passes 174/175, one design
    ("redteam173/rt173-11", "redteam178/rt178-11"),  # passes 178/179, one design
    ("redteam173/rt173-11", "redteam180/rt180-11"),  # passes 180/181, one design
    ("redteam173/rt173-11", "redteam183/rt183-11"),  # passes 182/183, one design
    ("redteam173/rt173-11", "redteam186/rt186-11"),  # passes 186/189, one design
    ("redteam173/rt173-11", "redteam187/rt187-11"),  # passes 186/189, one design
    ("redteam173/rt173-12", "redteam175/rt175-12"),  # passes 174/175, one design
    ("redteam173/rt173-14", "redteam175/rt175-14"),  # passes 174/175, one design
    ("redteam173/rt173-14", "redteam176/rt176-14"),  # passes 176/177, one design
    ("redteam175/rt175-11", "redteam178/rt178-11"),  # passes 178/179, one design
    ("redteam175/rt175-11", "redteam180/rt180-11"),  # passes 180/181, one design
    ("redteam175/rt175-11", "redteam182/rt182-11"),  # passes 182/183, one design
    ("redteam175/rt175-11", "redteam183/rt183-11"),  # passes 182/183, one design
    ("redteam175/rt175-11", "redteam186/rt186-11"),  # passes 186/189, one design
    ("redteam175/rt175-11", "redteam187/rt187-11"),  # passes 186/189, one design
    ("redteam175/rt175-12", "redteam178/rt178-12"),  # passes 178/179, one design
    ("redteam175/rt175-12", "redteam186/rt186-12"),  # passes 186/189, one design
    ("redteam175/rt175-12", "redteam187/rt187-12"),  # passes 186/189, one design
    ("redteam175/rt175-12", "redteam188/rt188-12"),  # passes 186/189, one design
    ("redteam175/rt175-12", "redteam189/rt189-12"),  # passes 186/189, one design
    ("redteam175/rt175-12", "redteam190/rt190-12"),  # passes 190/191, one design
    ("redteam175/rt175-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam175/rt175-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam175/rt175-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam175/rt175-13", "redteam182/rt182-13"),  # passes 182/183, one design
    ("redteam175/rt175-14", "redteam176/rt176-14"),  # passes 176/177, one design
    ("redteam176/rt176-13", "redteam179/rt179-13"),  # passes 178/179, one design
    ("redteam176/rt176-13", "redteam181/rt181-13"),  # passes 180/181, one design
    ("redteam176/rt176-13", "redteam184/rt184-13"),  # passes 184/185, one design
    ("redteam177/rt177-13", "redteam178/rt178-13"),  # passes 178/179, one design
    ("redteam177/rt177-13", "redteam180/rt180-13"),  # passes 180/181, one design
    ("redteam177/rt177-13", "redteam183/rt183-13"),  # passes 182/183, one design
    ("redteam177/rt177-13", "redteam186/rt186-13"),  # passes 186/189, one design
    ("redteam177/rt177-13", "redteam187/rt187-13"),  # passes 186/189, one design
    ("redteam177/rt177-13", "redteam188/rt188-13"),  # passes 186/189, one design
    ("redteam177/rt177-13", "redteam189/rt189-13"),  # passes 186/189, one design
    ("redteam177/rt177-13", "redteam190/rt190-13"),  # passes 190/191, one design
    ("redteam177/rt177-13", "redteam191/rt191-13"),  # passes 190/191, one design
    ("redteam177/rt177-13", "redteam192/rt192-13"),  # passes 192/193, one design
    ("redteam177/rt177-13", "redteam193/rt193-13"),  # passes 192/193, one design
    ("redteam177/rt177-14", "redteam178/rt178-14"),  # passes 178/179, one design
    ("redteam177/rt177-14", "redteam179/rt179-14"),  # passes 178/179, one design
    ("redteam177/rt177-14", "redteam180/rt180-14"),  # passes 180/181, one design
    ("redteam177/rt177-14", "redteam182/rt182-14"),  # passes 182/183, one design
    ("redteam177/rt177-14", "redteam183/rt183-14"),  # passes 182/183, one design
    ("redteam177/rt177-14", "redteam186/rt186-14"),  # passes 186/189, one design
    ("redteam177/rt177-14", "redteam187/rt187-14"),  # passes 186/189, one design
    ("redteam178/rt178-11", "redteam180/rt180-11"),  # passes 180/181, one design
    ("redteam178/rt178-11", "redteam183/rt183-11"),  # passes 182/183, one design
    ("redteam178/rt178-11", "redteam186/rt186-11"),  # passes 186/189, one design
    ("redteam178/rt178-11", "redteam187/rt187-11"),  # passes 186/189, one design
    ("redteam178/rt178-12", "redteam180/rt180-12"),  # passes 180/181, one design
    ("redteam178/rt178-12", "redteam183/rt183-12"),  # passes 182/183, one design
    ("redteam178/rt178-12", "redteam186/rt186-12"),  # passes 186/189, one design
    ("redteam178/rt178-12", "redteam187/rt187-12"),  # passes 186/189, one design
    ("redteam178/rt178-12", "redteam188/rt188-12"),  # passes 186/189, one design
    ("redteam178/rt178-12", "redteam189/rt189-12"),  # passes 186/189, one design
    ("redteam178/rt178-12", "redteam190/rt190-12"),  # passes 190/191, one design
    ("redteam178/rt178-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam178/rt178-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam178/rt178-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam178/rt178-13", "redteam180/rt180-13"),  # passes 180/181, one design
    ("redteam178/rt178-13", "redteam183/rt183-13"),  # passes 182/183, one design
    ("redteam178/rt178-13", "redteam186/rt186-13"),  # passes 186/189, one design
    ("redteam178/rt178-13", "redteam187/rt187-13"),  # passes 186/189, one design
    ("redteam178/rt178-13", "redteam188/rt188-13"),  # passes 186/189, one design
    ("redteam178/rt178-13", "redteam189/rt189-13"),  # passes 186/189, one design
    ("redteam178/rt178-13", "redteam190/rt190-13"),  # passes 190/191, one design
    ("redteam178/rt178-13", "redteam191/rt191-13"),  # passes 190/191, one design
    ("redteam178/rt178-13", "redteam192/rt192-13"),  # passes 192/193, one design
    ("redteam178/rt178-13", "redteam193/rt193-13"),  # passes 192/193, one design
    ("redteam178/rt178-14", "redteam179/rt179-14"),  # passes 178/179, one design
    ("redteam178/rt178-14", "redteam180/rt180-14"),  # passes 180/181, one design
    ("redteam178/rt178-14", "redteam182/rt182-14"),  # passes 182/183, one design
    ("redteam178/rt178-14", "redteam183/rt183-14"),  # passes 182/183, one design
    ("redteam178/rt178-14", "redteam186/rt186-14"),  # passes 186/189, one design
    ("redteam178/rt178-14", "redteam187/rt187-14"),  # passes 186/189, one design
    ("redteam179/rt179-11", "redteam181/rt181-11"),  # passes 180/181, one design
    ("redteam179/rt179-11", "redteam184/rt184-11"),  # passes 184/185, one design
    ("redteam179/rt179-12", "redteam181/rt181-12"),  # passes 180/181, one design
    ("redteam179/rt179-12", "redteam184/rt184-12"),  # passes 184/185, one design
    ("redteam179/rt179-13", "redteam181/rt181-13"),  # passes 180/181, one design
    ("redteam179/rt179-13", "redteam184/rt184-13"),  # passes 184/185, one design
    ("redteam179/rt179-14", "redteam180/rt180-14"),  # passes 180/181, one design
    ("redteam179/rt179-14", "redteam182/rt182-14"),  # passes 182/183, one design
    ("redteam179/rt179-14", "redteam183/rt183-14"),  # passes 182/183, one design
    ("redteam179/rt179-14", "redteam186/rt186-14"),  # passes 186/189, one design
    ("redteam179/rt179-14", "redteam187/rt187-14"),  # passes 186/189, one design
    ("redteam180/rt180-11", "redteam182/rt182-11"),  # passes 182/183, one design
    ("redteam180/rt180-11", "redteam183/rt183-11"),  # passes 182/183, one design
    ("redteam180/rt180-11", "redteam186/rt186-11"),  # passes 186/189, one design
    ("redteam180/rt180-11", "redteam187/rt187-11"),  # passes 186/189, one design
    ("redteam180/rt180-12", "redteam182/rt182-12"),  # passes 182/183, one design
    ("redteam180/rt180-12", "redteam183/rt183-12"),  # passes 182/183, one design
    ("redteam180/rt180-12", "redteam186/rt186-12"),  # passes 186/189, one design
    ("redteam180/rt180-12", "redteam187/rt187-12"),  # passes 186/189, one design
    ("redteam180/rt180-12", "redteam188/rt188-12"),  # passes 186/189, one design
    ("redteam180/rt180-12", "redteam189/rt189-12"),  # passes 186/189, one design
    ("redteam180/rt180-12", "redteam190/rt190-12"),  # passes 190/191, one design
    ("redteam180/rt180-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam180/rt180-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam180/rt180-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam180/rt180-13", "redteam183/rt183-13"),  # passes 182/183, one design
    ("redteam180/rt180-13", "redteam186/rt186-13"),  # passes 186/189, one design
    ("redteam180/rt180-13", "redteam187/rt187-13"),  # passes 186/189, one design
    ("redteam180/rt180-13", "redteam188/rt188-13"),  # passes 186/189, one design
    ("redteam180/rt180-13", "redteam189/rt189-13"),  # passes 186/189, one design
    ("redteam180/rt180-13", "redteam190/rt190-13"),  # passes 190/191, one design
    ("redteam180/rt180-13", "redteam191/rt191-13"),  # passes 190/191, one design
    ("redteam180/rt180-13", "redteam192/rt192-13"),  # passes 192/193, one design
    ("redteam180/rt180-13", "redteam193/rt193-13"),  # passes 192/193, one design
    ("redteam180/rt180-14", "redteam182/rt182-14"),  # passes 182/183, one design
    ("redteam180/rt180-14", "redteam183/rt183-14"),  # passes 182/183, one design
    ("redteam180/rt180-14", "redteam186/rt186-14"),  # passes 186/189, one design
    ("redteam180/rt180-14", "redteam187/rt187-14"),  # passes 186/189, one design
    ("redteam181/rt181-11", "redteam184/rt184-11"),  # passes 184/185, one design
    ("redteam181/rt181-12", "redteam184/rt184-12"),  # passes 184/185, one design
    ("redteam181/rt181-13", "redteam184/rt184-13"),  # passes 184/185, one design
    ("redteam181/rt181-14", "redteam184/rt184-14"),  # passes 184/185, one design
    ("redteam182/rt182-11", "redteam183/rt183-11"),  # passes 182/183, one design
    ("redteam182/rt182-12", "redteam183/rt183-12"),  # passes 182/183, one design
    ("redteam182/rt182-14", "redteam183/rt183-14"),  # passes 182/183, one design
    ("redteam182/rt182-14", "redteam186/rt186-14"),  # passes 186/189, one design
    ("redteam182/rt182-14", "redteam187/rt187-14"),  # passes 186/189, one design
    ("redteam183/rt183-11", "redteam186/rt186-11"),  # passes 186/189, one design
    ("redteam183/rt183-11", "redteam187/rt187-11"),  # passes 186/189, one design
    ("redteam183/rt183-12", "redteam186/rt186-12"),  # passes 186/189, one design
    ("redteam183/rt183-12", "redteam187/rt187-12"),  # passes 186/189, one design
    ("redteam183/rt183-12", "redteam188/rt188-12"),  # passes 186/189, one design
    ("redteam183/rt183-12", "redteam189/rt189-12"),  # passes 186/189, one design
    ("redteam183/rt183-12", "redteam190/rt190-12"),  # passes 190/191, one design
    ("redteam183/rt183-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam183/rt183-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam183/rt183-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam183/rt183-13", "redteam186/rt186-13"),  # passes 186/189, one design
    ("redteam183/rt183-13", "redteam187/rt187-13"),  # passes 186/189, one design
    ("redteam183/rt183-13", "redteam188/rt188-13"),  # passes 186/189, one design
    ("redteam183/rt183-13", "redteam189/rt189-13"),  # passes 186/189, one design
    ("redteam183/rt183-13", "redteam190/rt190-13"),  # passes 190/191, one design
    ("redteam183/rt183-13", "redteam191/rt191-13"),  # passes 190/191, one design
    ("redteam183/rt183-13", "redteam192/rt192-13"),  # passes 192/193, one design
    ("redteam183/rt183-13", "redteam193/rt193-13"),  # passes 192/193, one design
    ("redteam183/rt183-14", "redteam186/rt186-14"),  # passes 186/189, one design
    ("redteam183/rt183-14", "redteam187/rt187-14"),  # passes 186/189, one design
    ("redteam186/rt186-11", "redteam187/rt187-11"),  # passes 186/189, one design
    ("redteam186/rt186-12", "redteam187/rt187-12"),  # passes 186/189, one design
    ("redteam186/rt186-12", "redteam188/rt188-12"),  # passes 186/189, one design
    ("redteam186/rt186-12", "redteam189/rt189-12"),  # passes 186/189, one design
    ("redteam186/rt186-12", "redteam190/rt190-12"),  # passes 190/191, one design
    ("redteam186/rt186-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam186/rt186-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam186/rt186-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam186/rt186-13", "redteam187/rt187-13"),  # passes 186/189, one design
    ("redteam186/rt186-13", "redteam188/rt188-13"),  # passes 186/189, one design
    ("redteam186/rt186-13", "redteam189/rt189-13"),  # passes 186/189, one design
    ("redteam186/rt186-13", "redteam190/rt190-13"),  # passes 190/191, one design
    ("redteam186/rt186-13", "redteam191/rt191-13"),  # passes 190/191, one design
    ("redteam186/rt186-13", "redteam192/rt192-13"),  # passes 192/193, one design
    ("redteam186/rt186-13", "redteam193/rt193-13"),  # passes 192/193, one design
    ("redteam186/rt186-14", "redteam187/rt187-14"),  # passes 186/189, one design
    ("redteam187/rt187-12", "redteam188/rt188-12"),  # passes 186/189, one design
    ("redteam187/rt187-12", "redteam189/rt189-12"),  # passes 186/189, one design
    ("redteam187/rt187-12", "redteam190/rt190-12"),  # passes 190/191, one design
    ("redteam187/rt187-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam187/rt187-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam187/rt187-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam187/rt187-13", "redteam188/rt188-13"),  # passes 186/189, one design
    ("redteam187/rt187-13", "redteam189/rt189-13"),  # passes 186/189, one design
    ("redteam187/rt187-13", "redteam190/rt190-13"),  # passes 190/191, one design
    ("redteam187/rt187-13", "redteam191/rt191-13"),  # passes 190/191, one design
    ("redteam187/rt187-13", "redteam192/rt192-13"),  # passes 192/193, one design
    ("redteam187/rt187-13", "redteam193/rt193-13"),  # passes 192/193, one design
    ("redteam188/rt188-11", "redteam189/rt189-11"),  # passes 186/189, one design
    ("redteam188/rt188-11", "redteam190/rt190-11"),  # passes 190/191, one design
    ("redteam188/rt188-11", "redteam191/rt191-11"),  # passes 190/191, one design
    ("redteam188/rt188-11", "redteam192/rt192-11"),  # passes 192/193, one design
    ("redteam188/rt188-11", "redteam193/rt193-11"),  # passes 192/193, one design
    ("redteam188/rt188-12", "redteam189/rt189-12"),  # passes 186/189, one design
    ("redteam188/rt188-12", "redteam190/rt190-12"),  # passes 190/191, one design
    ("redteam188/rt188-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam188/rt188-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam188/rt188-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam188/rt188-13", "redteam189/rt189-13"),  # passes 186/189, one design
    ("redteam188/rt188-13", "redteam190/rt190-13"),  # passes 190/191, one design
    ("redteam188/rt188-13", "redteam191/rt191-13"),  # passes 190/191, one design
    ("redteam188/rt188-13", "redteam192/rt192-13"),  # passes 192/193, one design
    ("redteam188/rt188-13", "redteam193/rt193-13"),  # passes 192/193, one design
    ("redteam188/rt188-14", "redteam189/rt189-14"),  # passes 186/189, one design
    ("redteam188/rt188-14", "redteam190/rt190-14"),  # passes 190/191, one design
    ("redteam188/rt188-14", "redteam191/rt191-14"),  # passes 190/191, one design
    ("redteam188/rt188-14", "redteam192/rt192-14"),  # passes 192/193, one design
    ("redteam188/rt188-14", "redteam193/rt193-14"),  # passes 192/193, one design
    ("redteam189/rt189-11", "redteam190/rt190-11"),  # passes 190/191, one design
    ("redteam189/rt189-11", "redteam191/rt191-11"),  # passes 190/191, one design
    ("redteam189/rt189-11", "redteam192/rt192-11"),  # passes 192/193, one design
    ("redteam189/rt189-11", "redteam193/rt193-11"),  # passes 192/193, one design
    ("redteam189/rt189-12", "redteam190/rt190-12"),  # passes 190/191, one design
    ("redteam189/rt189-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam189/rt189-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam189/rt189-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam189/rt189-13", "redteam190/rt190-13"),  # passes 190/191, one design
    ("redteam189/rt189-13", "redteam191/rt191-13"),  # passes 190/191, one design
    ("redteam189/rt189-13", "redteam192/rt192-13"),  # passes 192/193, one design
    ("redteam189/rt189-13", "redteam193/rt193-13"),  # passes 192/193, one design
    ("redteam189/rt189-14", "redteam190/rt190-14"),  # passes 190/191, one design
    ("redteam189/rt189-14", "redteam191/rt191-14"),  # passes 190/191, one design
    ("redteam189/rt189-14", "redteam192/rt192-14"),  # passes 192/193, one design
    ("redteam189/rt189-14", "redteam193/rt193-14"),  # passes 192/193, one design
    ("redteam190/rt190-11", "redteam191/rt191-11"),  # passes 190/191, one design
    ("redteam190/rt190-11", "redteam192/rt192-11"),  # passes 192/193, one design
    ("redteam190/rt190-11", "redteam193/rt193-11"),  # passes 192/193, one design
    ("redteam190/rt190-12", "redteam191/rt191-12"),  # passes 190/191, one design
    ("redteam190/rt190-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam190/rt190-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam190/rt190-13", "redteam191/rt191-13"),  # passes 190/191, one design
    ("redteam190/rt190-13", "redteam192/rt192-13"),  # passes 192/193, one design
    ("redteam190/rt190-13", "redteam193/rt193-13"),  # passes 192/193, one design
    ("redteam190/rt190-14", "redteam191/rt191-14"),  # passes 190/191, one design
    ("redteam190/rt190-14", "redteam192/rt192-14"),  # passes 192/193, one design
    ("redteam190/rt190-14", "redteam193/rt193-14"),  # passes 192/193, one design
    ("redteam191/rt191-11", "redteam192/rt192-11"),  # passes 192/193, one design
    ("redteam191/rt191-11", "redteam193/rt193-11"),  # passes 192/193, one design
    ("redteam191/rt191-12", "redteam192/rt192-12"),  # passes 192/193, one design
    ("redteam191/rt191-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam191/rt191-13", "redteam192/rt192-13"),  # passes 192/193, one design
    ("redteam191/rt191-13", "redteam193/rt193-13"),  # passes 192/193, one design
    ("redteam191/rt191-14", "redteam192/rt192-14"),  # passes 192/193, one design
    ("redteam191/rt191-14", "redteam193/rt193-14"),  # passes 192/193, one design
    ("redteam192/rt192-11", "redteam193/rt193-11"),  # passes 192/193, one design
    ("redteam192/rt192-12", "redteam193/rt193-12"),  # passes 192/193, one design
    ("redteam192/rt192-13", "redteam193/rt193-13"),  # passes 192/193, one design
    ("redteam192/rt192-14", "redteam193/rt193-14"),  # passes 192/193, one design
    ("redteam26/rt26-11", "redteam29/rt29-11"),  # met once 順番に asks (pass 120)
    ("redteam27/rt27-14", "redteam88/rt88-14"),
    ("redteam34/rt34-15", "redteam47/rt47-12"),
    ("redteam37/rt37-13", "redteam99/rt99-14"),
    ("redteam38/rt38-12", "redteam57/rt57-13"),
    ("redteam38/rt38-14", "redteam94/rt94-15"),
    ("redteam45/rt45-13", "redteam95/rt95-15"),
    ("redteam46/rt46-12", "redteam51/rt51-13"),
    ("redteam55/rt55-15", "redteam73/rt73-11"),
    ("redteam55/rt55-15", "redteam79/rt79-11"),
    ("redteam66/rt66-15", "redteam70/rt70-15"),
    ("redteam67/rt67-14", "redteam71/rt71-14"),
    ("redteam69/rt69-11", "redteam71/rt71-11"),
    ("redteam69/rt69-12", "redteam89/rt89-14"),
    ("redteam73/rt73-11", "redteam79/rt79-11"),
]
"""Honest files the measure links: rt34-15 and rt47-12 wrote the same natural Japanese control,
ドラゴンと猫の話を書いてください, each on their own; rt46-12 and rt51-13 share one idea (a dragon
who loves rain), which the later helper took from the earlier labels; rt38-12 and rt57-13 are two
own ideas that share a verb ("a dragon who collects old teapots", "... who collects stars"): one
word of a two-word subject is half of it, as one noun changed in a copy is (a review flag, left:
without parts of speech the two cannot be told apart). Two own ideas that meet on one request with a
run left unmatched (rt34-12/rt42-12, rt38-11/rt49-11) are no longer linked: the slack of one run is
for one idea's copy. Pass 118's honest students met two earlier files on the most obvious designs: a
cat with "in one sentence" and "in Japanese" (u07), a robot with a bulleted list (rt51-15); both are
flagged, a fair doubt the TA clears; rt26-11 and rt29-11 met once 順番に stopped adding to a list
request (pass 120). rt12-13 and rt24-15 are no longer linked since pass 33. Passes 70 and 71
modelled three honest files on earlier labels (rt70-15 took rt66-15's subject, rt71-11 is rt69-11
with one noun changed, rt71-14 has rt67-14's runs word for word): the links are right, and the files
carry the published-design review flag. rt55-15 ("a robot") and rt73-11 ("a robot who wants to
become a chef") both ask for one sentence, and so does rt79-11 ("a lonely robot", linked with both):
the one-word subject is within the other, as a copy's extended subject would be (a review flag,
left). Passes 88 and 89 wrote two more natural designs an earlier honest file had: rt88-14 the
Japanese control ドラゴンの冒険の話をしてください with English asked (rt27-14), rt89-14 a dragon and
a lighthouse keeper with Japanese asked (rt69-12); passes 94 and 95 two more: rt94-15 the control
竜と少年のお話を聞かせてください with English asked (rt38-14's 竜と少年の物語を書いてください),
rt95-15 a knight and a dragon in one sentence (rt45-13); pass 99 one more, rt99-14's 魔法使いの弟子
within rt37-13's ドラゴンと魔法使い, English asked; pass 103's rt103-12 is rt51-15's design (a
robot, its main events in a list) with two words added, modelled on its label; each is a review
flag, no penalty. Passes 119 and 120's honest
students met these files on natural designs: rt119-12 "a cat who loves fish" in Japanese (rt51-13,
a dragon who loves rain), rt119-14 雪山に住むドラゴン in English (rt117-13), rt120-01 and rt120-06 a
cat in Japanese (u07; rt120-06 and u10 a list and Japanese too), rt120-08 a robot in one sentence
(rt55-15, rt73-11). Classmates are compared by this measure; against the published files,
grader/score/natural.py clears all but rt119-14, whose idea is one file's."""


@pytest.fixture(scope="module")
def files() -> dict[str, tuple[str, list[Any]]]:
    """Every labelled file that validates: name -> (kind, runs)."""
    loaded = load_assignment("ex1-offline")
    out = {}
    for labels in sorted((ROOT / "tests" / "data").glob("*/labels.yaml")):
        cases = yaml.safe_load(labels.read_text(encoding="utf-8"))["cases"]
        for case, label in cases.items():
            try:
                sub = load_submission(labels.parent / f"{case}.yaml", loaded)
            except UserError:
                continue
            out[f"{labels.parent.name}/{case}"] = (label["kind"], list(sub.submission.runs))
    return out


@pytest.fixture(scope="module")
def common() -> Any:
    return shipped_view(load_assignment("ex1-offline")).common


@pytest.fixture(scope="module")
def topic() -> tuple[str, ...]:
    return tuple(load_assignment("ex1-offline").assignment.topic)


@pytest.fixture(scope="module")
def labelled(
    files: dict[str, tuple[str, list[Any]]], common: Any, topic: tuple[str, ...]
) -> dict[str, tuple[str, Own]]:
    """Every labelled file that validates: name -> (kind, own runs)."""
    return {name: (kind, own_runs(runs, common, topic)) for name, (kind, runs) in files.items()}


def test_no_two_honest_labelled_files_are_rewordings_but_the_known_pair(
    labelled: dict[str, tuple[str, Own]],
) -> None:
    honest = sorted(n for n, (kind, _) in labelled.items() if kind == "honest")
    assert len(honest) > 80
    linked = [
        (a, b)
        for a, b in itertools.combinations(honest, 2)
        if rewordings(labelled[a][1], labelled[b][1], Copies())
    ]
    assert linked == MET


@pytest.mark.parametrize(("copy", "original"), COPIES)
def test_every_labelled_disguised_copy_is_a_rewording(
    labelled: dict[str, tuple[str, Own]], copy: str, original: str
) -> None:
    assert rewordings(labelled[copy][1], labelled[original][1], Copies())


TAGS = ["({n})", "[{n}]", "#{n}", "(try {n})", "Run {n}:", "{n})", "v{n}", "v.{n}", "(take {n})"]
TAGS += [
    "— {n}",
    "({n}/4)",
    "(attempt {n} of 4)",
    "-- try {n}!",
    "Try {n} -",
    "その{n}",
    "（{n}回目）",
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(TAGS), st.booleans(), st.integers(0, 20), st.data())
def test_a_copy_numbering_its_prompts_is_still_a_copy(
    files: dict[str, tuple[str, list[Any]]],
    labelled: dict[str, tuple[str, Own]],
    common: Any,
    topic: tuple[str, ...],
    tag: str,
    before: bool,
    start: int,
    data: st.DataObject,
) -> None:
    """rt28-08: a published case with another number on each prompt ("(try 1)" .. "(try 4)"). A
    number that labels a prompt says nothing of its request, wherever it stands."""
    mine = sorted(
        n for n, (k, own) in labelled.items() if k == "honest" and rewordings(own, own, Copies())
    )
    name = data.draw(st.sampled_from(mine))
    runs = [
        r.model_copy(
            update={
                "prompt": f"{tag.format(n=start + i)} {r.prompt}"
                if before
                else f"{r.prompt} {tag.format(n=start + i)}"
            }
        )
        for i, r in enumerate(files[name][1])
    ]
    own = own_runs(runs, common, topic)
    assert rewordings(own, labelled[name][1], Copies()), (name, runs[-1].prompt)


@pytest.mark.parametrize(
    ("count", "other"),
    [
        ("in {n} sentences", 2),
        ("in under {n} words", 40),
        ("as a {n}-word story", 30),
        ("in {n} short sentences", 4),
        ("{n}文で", 3),
        ("in {n} lines (try 1)", 2),
    ],
)
def test_a_stated_count_stays_part_of_the_design(
    files: dict[str, tuple[str, list[Any]]], common: Any, count: str, other: int
) -> None:
    """The contrast: a number that counts something (a word follows it) is the run's request, so
    the same prompts with another count are another design (honest students choose their own)."""
    runs = files["redteam27/rt27-15"][1]

    def counted(n: int) -> list[Any]:
        return [
            r.model_copy(update={"prompt": f"{r.prompt} {count.format(n=n)}"}) if r.goal else r
            for r in runs
        ]

    a, b = own_runs(counted(other), common), own_runs(counted(other + 3), common)
    assert a.designs != b.designs


SWAP = ("bundled/tiny-terse", "Tell me a story about a dragon.", None, "baseline", 100)


def _design(control: str, *goals: tuple[str, str]) -> list[Any]:
    """A file with a control of its own: the template's swap, the control, and a goal run for
    each (goal, what it adds to the control) -- "|..." a whole prompt of its own."""
    from grader.load.schemas import Run

    def run(name: str, prompt: str, goal: str | None = None) -> Run:
        compare = "ctl" if name != "ctl" else None
        return Run(name=name, model="bundled/tiny-chatty", prompt=prompt, max_new_tokens=80,
                   goal=goal, compare_to=compare)  # fmt: skip

    swap = Run(name="terse", model=SWAP[0], prompt=SWAP[1], compare_to="baseline", max_length=100)
    added = [
        run(f"g{i}", add[1:] if add.startswith("|") else control + add, goal)
        for i, (goal, add) in enumerate(goals)
    ]
    return [swap, run("ctl", control), *added]


D = "Tell me a story about a dragon "
ONE = ("one_sentence", " Tell it in just one sentence, please.")
SUBJECTS = [  # (first file, second file, linked): written before the change, 6 of 14 right,
    # 13 after
    (_design(D + "who guards a treasure.", ONE), _design(D + "who is scared of heights.", ONE), 0),
    (_design(D + "who loves the rain.", ("concise", " Answer briefly.")),
     _design(D + "who lost its fire.", ("concise", " Answer briefly.")), 0),
    (_design(D + "and a princess.", ("list", " Use a bulleted list.")),
     _design(D + "and a wizard.", ("list", " Use a bulleted list.")), 0),
    (_design(D + "in a big city.", ("japanese", " Answer in Japanese.")),
     _design(D + "in the desert.", ("japanese", " Answer in Japanese.")), 0),
    # two goal runs each: the requests make the design (reworded's docstring; a copy that swaps
    # its one adjective, rt25-09, is linked so); written expecting 0 before the change
    (_design(D + "who guards a treasure.", ONE, ("concise", " Keep it short.")),
     _design(D + "who collects lost socks.", ONE, ("concise", " Keep it short.")), 1),
    (_design("ドラゴンについての物語を書いてください。",
             ("list", "|ドラゴンについての物語を箇条書きで書いてください。")),
     _design("ドラゴンが出てくるお話を書いて。",
             ("list", "|ドラゴンが出てくるお話を箇条書きで書いて。")), 0),
    (_design("ドラゴンの話をしてください。", ("english", "英語で答えてもらえますか？")),
     _design("ドラゴンの物語を書いてください。", ("english", "英語で答えてもらえますか。")), 0),
    (_design("宝を守るドラゴンの話を書いて。", ("one_sentence", "一文で。")),
     _design("高い所が怖いドラゴンの話を書いて。", ("one_sentence", "一文で。")), 0),
    (_design(D + "who guards a treasure.", ONE),
     _design("Tell me a tale about a dragon that guards treasure.", ONE), 1),
    (_design(D + "who is scared of heights.", ONE, ("japanese", " Answer in Japanese.")),
     _design(D + "who is afraid of heights.", ONE, ("japanese", " Answer in Japanese.")), 1),
    (_design(D + "who bakes bread for the village.", ("concise", " Answer briefly.")),
     _design(D + "who bakes bread for his village.", ("concise", " Answer briefly.")), 1),
    (_design("宝を守るドラゴンの話を書いて。", ("one_sentence", "一文で。")),
     _design("宝物を守るドラゴンの物語を書いて。", ("one_sentence", "一文で。")), 1),
    (_design(D + "and a princess.", ("list", " Use a bulleted list.")),
     _design(D + "and a princess!", ("list", " Use a bulleted list.")), 1),
    (_design(D + "who collects lost socks.", ONE, ("concise", " Keep it short.")),
     _design("Tell me a story about a dragon that collects lost socks.", ONE,
             ("concise", " Keep it short.")), 1),
    # pass 53, written before the change: an idea of one's own against every student's prompt
    # (in other words) with the same one request is no copy (rt53-10 and rt13-15, rt53-15 and
    # rt51-11)
    (_design(D + "who collects seashells.", ("list", " Put the events in a numbered list.")),
     _design("Please tell me a story about a dragon.",
             ("list", " Put the events in a numbered list, please.")), 0),
    (_design("Can you tell me a story about a dragon?", ("one_sentence", "|Can you tell me a "
             "story about a dragon in one sentence?")),
     _design("Tell me a story about a baby dragon.", ("one_sentence", "|In one sentence, tell "
             "me a story about a baby dragon.")), 0),
    (_design(D + "who bakes bread.", ("concise", " Keep it short.")),
     _design("Please tell me a story about a dragon.", ("concise", " Keep it short.")), 0),
    (_design("Tell me a story about a dragon who sings.", ("japanese", " Answer in Japanese.")),
     _design("Could you tell me a story about a dragon?", ("japanese", " Answer in Japanese.")),
     0),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "linked"), SUBJECTS)
def test_controls_of_ones_own_are_linked_only_when_about_the_same_thing(
    common: Any, topic: tuple[str, ...], a: list[Any], b: list[Any], linked: int
) -> None:
    """rt33-11/12/14: natural designs flagged as rewordings of published cases on their
    requests alone. Two controls of one's own on different subjects are two students' ideas;
    two Japanese wordings of every student's prompt are two students' words."""
    own_a, own_b = own_runs(a, common, topic), own_runs(b, common, topic)
    assert rewordings(own_a, own_b, Copies()) is bool(linked)
    assert rewordings(own_b, own_a, Copies()) is bool(linked)


IDEAS = ["who guards a treasure", "who is scared of heights", "who collects lost socks"]
IDEAS += ["who bakes bread", "and a lonely princess", "in a frozen desert", "who sings at night"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(IDEAS), min_size=2, max_size=2, unique=True),
    st.sampled_from([ONE, ("concise", " Answer briefly."), ("list", " Use bullet points.")]),
    st.sampled_from(["", "!", " please"]),
)
def test_the_same_requests_on_two_ideas_are_no_copy_and_one_idea_copied_is(
    common: Any, topic: tuple[str, ...], ideas: list[str], goal: tuple[str, str], touch: str
) -> None:
    """Generated neighbours: two students' own ideas with the same usual request are not linked;
    one idea copied, touched up, is."""
    first, second = (_design(f"{D}{idea}.", goal) for idea in ideas)
    copy = _design(f"{D}{ideas[0]}{touch}.", goal)
    owns = [own_runs(f, common, topic) for f in (first, second, copy)]
    assert not rewordings(owns[0], owns[1], Copies())
    assert rewordings(owns[0], owns[2], Copies())


T = "Tell me a tale about a dragon "
TREASURE = "宝を守るドラゴンの話を書いて。"
SYNONYMS = [  # (first file, second file, linked): one idea copied with its requests in other
    # words (rt43-08), and honest neighbours; written before the change, 7 of 14 right, 13 after
    (_design(D + "and a baker.", ("one_sentence", " Please answer in just one sentence.")),
     _design(T + "and a baker.", ("one_sentence", " Please reply in only one sentence.")), 1),
    (_design(D + "who guards a treasure.", ("concise", " Keep it short.")),
     _design(D + "who guards a treasure.", ("concise", " Make it brief.")), 1),
    (_design(D + "who loves the rain.", ("list", " Use bullet points.")),
     _design(T + "who loves the rain.", ("list", " Write it as a bulleted list.")), 1),
    (_design(TREASURE, ("one_sentence", "|宝を守るドラゴンの話を一文で書いて。")),
     _design("宝を守るドラゴンの物語を書いてください。",
             ("one_sentence", "|宝を守るドラゴンの物語を一文で書いてください。")), 1),
    (_design(D + "who is scared of heights.", ("japanese", " Answer in Japanese.")),
     _design(D + "who is scared of heights.", ("japanese", " Please write it in Japanese.")), 1),
    (_design(D + "and a baker.", ("concise", " Answer briefly.")),
     _design(T + "and a baker.", ("concise", " Keep your answer short.")), 1),
    (_design(D + "who is scared of heights.", ONE,
             ("japanese", " Could you write it in Japanese if possible?")),
     _design(T + "who is scared of heights.", ("one_sentence", " Sum it up in one sentence."),
             ("japanese", " Please answer in Japanese.")), 1),
    # honest: another idea, every student's prompt, another goal, two ideas with two requests
    (_design(D + "and a baker.", ("one_sentence", " Please answer in just one sentence.")),
     _design(D + "and a wizard.", ("one_sentence", " Please reply in only one sentence.")), 0),
    (_design("Tell me a story about a dragon.", ("concise", " Keep it short.")),
     _design("Tell me a story about a dragon.", ("concise", " Make it brief.")), 0),
    (_design(D + "and a baker.", ("one_sentence", " Please answer in just one sentence.")),
     _design(D + "and a baker.", ("concise", " Please keep it short.")), 0),
    (_design(D + "who is scared of heights.", ONE,
             ("japanese", " Could you write it in Japanese if possible?")),
     _design(D + "who collects old teapots.", ("one_sentence", " Sum it up in one sentence."),
             ("japanese", " Please answer in Japanese.")), 0),
    (_design("ドラゴンの話を書いて。", ("one_sentence", "|ドラゴンの話を一文で書いて。")),
     _design("ドラゴンの物語を書いてください。",
             ("one_sentence", "|ドラゴンの物語を一文で書いてください。")), 0),
    (_design(D + "who loves the rain.", ("list", " Use bullet points.")),
     _design(D + "who hates the rain.", ("list", " Write it as a bulleted list.")), 0),
]  # fmt: skip
"""The one case of the fourteen still wrong is left out: an English control whose English goal
run is written in Japanese (夜に歌うドラゴンの話を英語で書いて) has no subject common to its
runs."""


@pytest.mark.parametrize(("a", "b", "linked"), SYNONYMS)
def test_one_idea_copied_with_its_requests_in_other_words_is_linked(
    common: Any, topic: tuple[str, ...], a: list[Any], b: list[Any], linked: int
) -> None:
    """rt43-08: a classmate's control of their own, "tale" for "story", and its one goal request
    in synonyms. On one idea, two goal runs that both ask for the same goal are one request."""
    own_a, own_b = own_runs(a, common, topic), own_runs(b, common, topic)
    assert rewordings(own_a, own_b, Copies()) is bool(linked)
    assert rewordings(own_b, own_a, Copies()) is bool(linked)


ASKING = {
    "one_sentence": [" Please answer in just one sentence.", " Reply in only one sentence.",
                     " Tell it in one sentence.", " Sum it up in a single sentence."],
    "concise": [" Keep it short.", " Make it brief.", " Answer briefly.", " Be concise."],
    "list": [" Use bullet points.", " Write it as a bulleted list.", " Answer as a numbered list."],
    "japanese": [" Answer in Japanese.", " Please write it in Japanese.",
                 " 日本語で答えてください。"],
}  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(IDEAS), min_size=2, max_size=2, unique=True),
    st.sampled_from(sorted(ASKING)),
    st.data(),
)
def test_requests_in_synonyms_link_one_idea_and_never_two(
    common: Any, topic: tuple[str, ...], ideas: list[str], goal: str, data: st.DataObject
) -> None:
    """Generated neighbours: one idea told as a tale, its request in another wording, is a copy;
    two ideas with those two wordings are two students."""
    mine, theirs = data.draw(st.lists(st.sampled_from(ASKING[goal]), min_size=2, max_size=2))
    first = _design(f"{D}{ideas[0]}.", (goal, mine))
    copy = _design(f"{T}{ideas[0]}.", (goal, theirs))
    other = _design(f"{D}{ideas[1]}.", (goal, theirs))
    owns = [own_runs(f, common, topic) for f in (first, copy, other)]
    assert rewordings(owns[0], owns[1], Copies())
    assert not rewordings(owns[0], owns[2], Copies())


K = "Tell me a story of a dragon "
BRIEF_ONE = " Answer briefly, in one sentence."
RELABELLED = [  # (first file, second file, linked): written before the change, 4 of 7 right, 7
    # after; one idea, a goal run relabelled to another goal its words also ask for (rt45-07)
    (_design(D + "and a knight.", ("one_sentence", BRIEF_ONE)),
     _design(K + "and a knight.", ("concise", BRIEF_ONE)), 1),
    (_design(D + "who guards a treasure.", ("one_sentence", " Answer in one short sentence.")),
     _design(D + "who guards a treasure!", ("concise", " Answer in one short sentence.")), 1),
    (_design(TREASURE, ("one_sentence", "|宝を守るドラゴンの話を一文で短く書いて。")),
     _design("宝を守るドラゴンのお話を書いて。",
             ("concise", "|宝を守るドラゴンのお話を一文で短く書いて。")), 1),
    (_design(D + "and a knight.", ("concise", " Keep it short.")),
     _design(D + "and a knight.", ("japanese", " Answer in Japanese.")), 0),
    (_design(D + "and a knight.", ("one_sentence", BRIEF_ONE)),
     _design(D + "and a wizard.", ("concise", BRIEF_ONE)), 0),
    (_design(D + "and a knight.", ("list", " Use bullet points.")),
     _design(D + "and a knight.", ("concise", " Keep it short.")), 0),
    (_design("Tell me a story about a dragon.", ("one_sentence", BRIEF_ONE)),
     _design("Tell me a story about a dragon.", ("concise", BRIEF_ONE)), 0),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "linked"), RELABELLED)
def test_one_idea_with_its_goal_relabelled_is_linked(
    common: Any, topic: tuple[str, ...], a: list[Any], b: list[Any], linked: int
) -> None:
    """rt45-07: a classmate's control, "of" for "about", and its one goal run relabelled from
    one_sentence to concise; the request asks for both. Another request on the same idea, or
    the same request on another idea, is another student."""
    own_a, own_b = own_runs(a, common, topic), own_runs(b, common, topic)
    assert rewordings(own_a, own_b, Copies()) is bool(linked)
    assert rewordings(own_b, own_a, Copies()) is bool(linked)


SHARED_IDEAS = [
    ("redteam100/rt100-14", "redteam120/rt120-11"),  # 猫, English asked (pass 120)
    ("redteam100/rt100-14", "redteam123/rt123-14"),  # 猫, pass 123 (natural)
    ("redteam100/rt100-14", "redteam128/rt128-13"),  # pass 128, natural
    ("redteam100/rt100-14", "redteam130/rt130-12"),  # pass 130, natural
    ("redteam100/rt100-14", "redteam34/rt34-15"),  # 猫, English asked
    ("redteam100/rt100-14", "redteam47/rt47-12"),  # 猫, English asked
    ("redteam100/rt100-14", "redteam73/rt73-15"),  # 猫, English asked
    ("redteam102/rt102-11", "redteam34/rt34-12"),  # a dragon who guards a library, concise
    ("redteam106/rt106-11", "redteam118/rt118-10"),  # a robot, a list asked
    ("redteam106/rt106-11", "redteam125/rt125-12"),  # pass 125, natural
    ("redteam106/rt106-11", "redteam136/rt136-14"),  # pass 136, natural
    ("redteam106/rt106-11", "redteam137/rt137-14"),  # pass 137, natural
    ("redteam106/rt106-11", "redteam144/rt144-12"),  # pass 144, natural
    ("redteam106/rt106-11", "redteam152/rt152-14"),  # passes 152/153, natural
    ("redteam106/rt106-11", "redteam174/rt174-12"),  # passes 174/175, natural
    ("redteam106/rt106-11", "redteam179/rt179-12"),  # passes 178/179, natural
    ("redteam106/rt106-11", "redteam181/rt181-12"),  # passes 180/181, natural
    ("redteam106/rt106-11", "redteam184/rt184-12"),  # passes 184/185, natural
    ("redteam106/rt106-11", "redteam51/rt51-15"),  # a robot (and a dragon), a list of events
    ("redteam111/rt111-13", "redteam54/rt54-15"),  # ドラゴンと魔女, English asked
    ("redteam113/rt113-13", "redteam115/rt115-13"),  # 花屋で働くドラゴン, English asked
    ("redteam117/rt117-13", "redteam119/rt119-14"),  # 雪山に住むドラゴン, English asked (pass 119)
    ("redteam118/rt118-01", "redteam136/rt136-11"),  # pass 136, natural
    ("redteam118/rt118-01", "redteam138/rt138-11"),  # pass 138, natural
    ("redteam118/rt118-01", "redteam152/rt152-13"),  # passes 152/153, natural
    ("redteam118/rt118-01", "redteam174/rt174-11"),  # passes 174/175, natural
    ("redteam118/rt118-01", "redteam179/rt179-11"),  # passes 178/179, natural
    ("redteam118/rt118-01", "redteam181/rt181-11"),  # passes 180/181, natural
    ("redteam118/rt118-01", "redteam184/rt184-11"),  # passes 184/185, natural
    ("redteam118/rt118-02", "redteam120/rt120-11"),  # 猫, a short answer asked (pass 120)
    ("redteam118/rt118-05", "redteam120/rt120-02"),  # pass 120, natural
    ("redteam118/rt118-05", "redteam142/rt142-12"),  # pass 142, natural
    ("redteam118/rt118-05", "redteam143/rt143-12"),  # pass 143, natural
    ("redteam118/rt118-05", "redteam149/rt149-12"),  # pass 149, natural
    ("redteam118/rt118-07", "redteam120/rt120-07"),  # pass 120, natural
    ("redteam118/rt118-07", "redteam125/rt125-11"),  # pass 125, natural
    ("redteam118/rt118-09", "redteam120/rt120-01"),  # a cat, Japanese asked (pass 120)
    ("redteam118/rt118-09", "redteam120/rt120-06"),  # a cat, Japanese asked (pass 120)
    ("redteam118/rt118-09", "redteam137/rt137-12"),  # pass 137, natural
    ("redteam118/rt118-09", "redteam149/rt149-14"),  # pass 149, natural
    ("redteam118/rt118-09", "unseen/u07-cat-story"),  # a cat, one sentence and Japanese asked
    ("redteam118/rt118-10", "redteam125/rt125-12"),  # pass 125, natural
    ("redteam118/rt118-10", "redteam136/rt136-14"),  # pass 136, natural
    ("redteam118/rt118-10", "redteam137/rt137-14"),  # pass 137, natural
    ("redteam118/rt118-10", "redteam144/rt144-12"),  # pass 144, natural
    ("redteam118/rt118-10", "redteam152/rt152-14"),  # passes 152/153, natural
    ("redteam118/rt118-10", "redteam174/rt174-12"),  # passes 174/175, natural
    ("redteam118/rt118-10", "redteam179/rt179-12"),  # passes 178/179, natural
    ("redteam118/rt118-10", "redteam181/rt181-12"),  # passes 180/181, natural
    ("redteam118/rt118-10", "redteam184/rt184-12"),  # passes 184/185, natural
    ("redteam118/rt118-10", "redteam51/rt51-15"),  # a robot, a list asked
    ("redteam120/rt120-01", "redteam120/rt120-06"),  # a cat, Japanese asked (pass 120)
    ("redteam120/rt120-01", "redteam122/rt122-01"),  # a cat, a list asked (pass 122)
    ("redteam120/rt120-01", "redteam137/rt137-12"),  # pass 137, natural
    ("redteam120/rt120-01", "redteam149/rt149-14"),  # pass 149, natural
    ("redteam120/rt120-01", "unseen/u07-cat-story"),  # a cat, Japanese asked (pass 120)
    ("redteam120/rt120-02", "redteam126/rt126-14"),  # pass 126, natural
    ("redteam120/rt120-02", "redteam142/rt142-12"),  # pass 142, natural
    ("redteam120/rt120-02", "redteam143/rt143-12"),  # pass 143, natural
    ("redteam120/rt120-02", "redteam149/rt149-12"),  # pass 149, natural
    ("redteam120/rt120-03", "redteam136/rt136-13"),  # pass 136, natural
    ("redteam120/rt120-03", "redteam141/rt141-13"),  # pass 141, natural
    ("redteam120/rt120-03", "redteam176/rt176-11"),  # passes 176/177, natural
    ("redteam120/rt120-03", "redteam25/rt25-12"),  # a knight, pass 120
    ("redteam120/rt120-03", "redteam45/rt45-13"),  # a knight, pass 120
    ("redteam120/rt120-03", "redteam67/rt67-15"),  # a knight, pass 120
    ("redteam120/rt120-03", "redteam95/rt95-15"),  # a knight, pass 120
    ("redteam120/rt120-04", "redteam145/rt145-14"),  # pass 145, natural
    ("redteam120/rt120-05", "redteam125/rt125-13"),  # pass 125, natural
    ("redteam120/rt120-06", "redteam122/rt122-01"),  # a cat, a list asked (pass 122)
    ("redteam120/rt120-06", "redteam137/rt137-12"),  # pass 137, natural
    ("redteam120/rt120-06", "redteam149/rt149-14"),  # pass 149, natural
    ("redteam120/rt120-06", "redteam152/rt152-11"),  # passes 152/153, natural
    ("redteam120/rt120-06", "redteam153/rt153-11"),  # passes 152/153, natural
    ("redteam120/rt120-06", "unseen/u07-cat-story"),  # a cat, Japanese asked (pass 120)
    ("redteam120/rt120-07", "redteam125/rt125-11"),  # pass 125, natural
    ("redteam120/rt120-07", "redteam130/rt130-13"),  # pass 130, natural
    ("redteam120/rt120-07", "redteam41/rt41-14"),  # pass 120, natural
    ("redteam120/rt120-08", "redteam123/rt123-12"),  # a robot, pass 123 (natural)
    ("redteam120/rt120-08", "redteam124/rt124-14"),  # pass 124, natural
    ("redteam120/rt120-08", "redteam131/rt131-11"),  # pass 131, natural
    ("redteam120/rt120-08", "redteam132/rt132-11"),  # pass 132, natural
    ("redteam120/rt120-08", "redteam147/rt147-12"),  # pass 147, natural
    ("redteam120/rt120-08", "redteam155/rt155-12"),  # passes 154/155, natural
    ("redteam120/rt120-08", "redteam172/rt172-12"),  # passes 172/173, natural
    ("redteam120/rt120-08", "redteam185/rt185-11"),  # passes 184/185, natural
    ("redteam120/rt120-08", "redteam55/rt55-15"),  # a robot, one sentence asked (pass 120)
    ("redteam120/rt120-09", "redteam124/rt124-15"),  # pass 124, natural
    ("redteam120/rt120-09", "redteam135/rt135-11"),  # pass 135, natural
    ("redteam120/rt120-09", "redteam137/rt137-11"),  # pass 137, natural
    ("redteam120/rt120-09", "redteam141/rt141-11"),  # pass 141, natural
    ("redteam120/rt120-09", "redteam145/rt145-13"),  # pass 145, natural
    ("redteam120/rt120-09", "redteam149/rt149-13"),  # pass 149, natural
    ("redteam120/rt120-09", "redteam150/rt150-13"),  # passes 150/151, natural
    ("redteam120/rt120-09", "redteam151/rt151-13"),  # passes 150/151, natural
    ("redteam120/rt120-09", "redteam153/rt153-13"),  # passes 152/153, natural
    ("redteam120/rt120-09", "redteam154/rt154-13"),  # passes 154/155, natural
    ("redteam120/rt120-09", "redteam155/rt155-13"),  # passes 154/155, natural
    ("redteam120/rt120-09", "redteam156/rt156-13"),  # passes 156/157, natural
    ("redteam120/rt120-09", "redteam157/rt157-13"),  # passes 156/157, natural
    ("redteam120/rt120-09", "redteam159/rt159-13"),  # passes 158/159, natural
    ("redteam120/rt120-09", "redteam160/rt160-13"),  # passes 160/161, natural
    ("redteam120/rt120-09", "redteam161/rt161-13"),  # passes 160/161, natural
    ("redteam120/rt120-09", "redteam162/rt162-13"),  # passes 162/163, natural
    ("redteam120/rt120-09", "redteam164/rt164-13"),  # passes 164/165, natural
    ("redteam120/rt120-09", "redteam166/rt166-13"),  # passes 166/167, natural
    ("redteam120/rt120-09", "redteam167/rt167-13"),  # passes 166/167, natural
    ("redteam120/rt120-09", "redteam168/rt168-13"),  # passes 168/169, natural
    ("redteam120/rt120-09", "redteam169/rt169-13"),  # passes 168/169, natural
    ("redteam120/rt120-09", "redteam170/rt170-13"),  # passes 170/171, natural
    ("redteam120/rt120-09", "redteam171/rt171-13"),  # passes 170/171, natural
    ("redteam120/rt120-09", "redteam172/rt172-13"),  # passes 172/173, natural
    ("redteam120/rt120-09", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam120/rt120-09", "redteam174/rt174-13"),  # passes 174/175, natural
    ("redteam120/rt120-09", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam120/rt120-09", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam120/rt120-09", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam120/rt120-09", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam120/rt120-09", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam120/rt120-09", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam120/rt120-09", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam120/rt120-09", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam120/rt120-09", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam120/rt120-09", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam120/rt120-09", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam120/rt120-09", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam120/rt120-09", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam120/rt120-09", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam120/rt120-09", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam120/rt120-09", "redteam55/rt55-13"),  # pass 120, natural
    ("redteam120/rt120-10", "redteam123/rt123-15"),  # pass 123, natural
    ("redteam120/rt120-10", "redteam124/rt124-13"),  # pass 124, natural
    ("redteam120/rt120-10", "redteam127/rt127-09"),  # pass 127, natural
    ("redteam120/rt120-10", "redteam129/rt129-13"),  # pass 129, natural
    ("redteam120/rt120-10", "redteam132/rt132-13"),  # pass 132, natural
    ("redteam120/rt120-10", "redteam136/rt136-12"),  # pass 136, natural
    ("redteam120/rt120-10", "redteam139/rt139-14"),  # pass 139, natural
    ("redteam120/rt120-10", "redteam141/rt141-12"),  # pass 141, natural
    ("redteam120/rt120-10", "redteam143/rt143-14"),  # pass 143, natural
    ("redteam120/rt120-10", "redteam146/rt146-14"),  # pass 146, natural
    ("redteam120/rt120-10", "redteam155/rt155-14"),  # passes 154/155, natural
    ("redteam120/rt120-10", "redteam172/rt172-14"),  # passes 172/173, natural
    ("redteam120/rt120-10", "redteam181/rt181-14"),  # passes 180/181, natural
    ("redteam120/rt120-10", "redteam184/rt184-14"),  # passes 184/185, natural
    ("redteam120/rt120-10", "redteam185/rt185-14"),  # passes 184/185, natural
    ("redteam120/rt120-10", "redteam45/rt45-15"),  # pass 120, natural
    ("redteam120/rt120-11", "redteam34/rt34-15"),  # 猫, English asked (pass 120)
    ("redteam120/rt120-11", "redteam47/rt47-12"),  # 猫, English asked (pass 120)
    ("redteam120/rt120-11", "redteam73/rt73-15"),  # 猫, English asked (pass 120)
    ("redteam121/rt121-11", "redteam91/rt91-11"),  # pass 121, natural
    ("redteam121/rt121-15", "redteam130/rt130-14"),  # pass 130, natural
    ("redteam121/rt121-15", "redteam38/rt38-11"),  # pass 121, natural
    ("redteam122/rt122-01", "redteam152/rt152-11"),  # passes 152/153, natural
    ("redteam122/rt122-01", "redteam153/rt153-11"),  # passes 152/153, natural
    ("redteam123/rt123-11", "redteam126/rt126-11"),  # pass 126, natural
    ("redteam123/rt123-11", "redteam152/rt152-12"),  # passes 152/153, natural
    ("redteam123/rt123-11", "redteam153/rt153-12"),  # passes 152/153, natural
    ("redteam123/rt123-11", "redteam185/rt185-13"),  # passes 184/185, natural
    ("redteam123/rt123-12", "redteam124/rt124-14"),  # pass 124, natural
    ("redteam123/rt123-12", "redteam131/rt131-11"),  # pass 131, natural
    ("redteam123/rt123-12", "redteam132/rt132-11"),  # pass 132, natural
    ("redteam123/rt123-12", "redteam147/rt147-12"),  # pass 147, natural
    ("redteam123/rt123-12", "redteam155/rt155-12"),  # passes 154/155, natural
    ("redteam123/rt123-12", "redteam172/rt172-12"),  # passes 172/173, natural
    ("redteam123/rt123-12", "redteam185/rt185-11"),  # passes 184/185, natural
    ("redteam123/rt123-14", "redteam128/rt128-13"),  # pass 128, natural
    ("redteam123/rt123-14", "redteam130/rt130-12"),  # pass 130, natural
    ("redteam123/rt123-15", "redteam124/rt124-13"),  # pass 124, natural
    ("redteam123/rt123-15", "redteam139/rt139-14"),  # pass 139, natural
    ("redteam123/rt123-15", "redteam181/rt181-14"),  # passes 180/181, natural
    ("redteam123/rt123-15", "redteam184/rt184-14"),  # passes 184/185, natural
    ("redteam123/rt123-15", "redteam185/rt185-14"),  # passes 184/185, natural
    ("redteam124/rt124-12", "redteam128/rt128-12"),  # pass 128, natural
    ("redteam124/rt124-12", "redteam177/rt177-11"),  # passes 176/177, natural
    ("redteam124/rt124-13", "redteam139/rt139-14"),  # pass 139, natural
    ("redteam124/rt124-13", "redteam181/rt181-14"),  # passes 180/181, natural
    ("redteam124/rt124-13", "redteam184/rt184-14"),  # passes 184/185, natural
    ("redteam124/rt124-13", "redteam185/rt185-14"),  # passes 184/185, natural
    ("redteam124/rt124-14", "redteam131/rt131-11"),  # pass 131, natural
    ("redteam124/rt124-14", "redteam132/rt132-11"),  # pass 132, natural
    ("redteam124/rt124-14", "redteam147/rt147-12"),  # pass 147, natural
    ("redteam124/rt124-14", "redteam155/rt155-12"),  # passes 154/155, natural
    ("redteam124/rt124-14", "redteam172/rt172-12"),  # passes 172/173, natural
    ("redteam124/rt124-14", "redteam185/rt185-11"),  # passes 184/185, natural
    ("redteam124/rt124-15", "redteam141/rt141-11"),  # pass 141, natural
    ("redteam124/rt124-15", "redteam155/rt155-13"),  # passes 154/155, natural
    ("redteam124/rt124-15", "redteam160/rt160-13"),  # passes 160/161, natural
    ("redteam124/rt124-15", "redteam162/rt162-13"),  # passes 162/163, natural
    ("redteam124/rt124-15", "redteam164/rt164-13"),  # passes 164/165, natural
    ("redteam124/rt124-15", "redteam166/rt166-13"),  # passes 166/167, natural
    ("redteam124/rt124-15", "redteam167/rt167-13"),  # passes 166/167, natural
    ("redteam124/rt124-15", "redteam168/rt168-13"),  # passes 168/169, natural
    ("redteam124/rt124-15", "redteam169/rt169-13"),  # passes 168/169, natural
    ("redteam124/rt124-15", "redteam170/rt170-13"),  # passes 170/171, natural
    ("redteam124/rt124-15", "redteam171/rt171-13"),  # passes 170/171, natural
    ("redteam124/rt124-15", "redteam172/rt172-13"),  # passes 172/173, natural
    ("redteam124/rt124-15", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam124/rt124-15", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam124/rt124-15", "redteam55/rt55-13"),  # pass 124, natural
    ("redteam125/rt125-12", "redteam136/rt136-14"),  # pass 136, natural
    ("redteam125/rt125-12", "redteam137/rt137-14"),  # pass 137, natural
    ("redteam125/rt125-12", "redteam144/rt144-12"),  # pass 144, natural
    ("redteam125/rt125-12", "redteam152/rt152-14"),  # passes 152/153, natural
    ("redteam125/rt125-12", "redteam174/rt174-12"),  # passes 174/175, natural
    ("redteam125/rt125-12", "redteam179/rt179-12"),  # passes 178/179, natural
    ("redteam125/rt125-12", "redteam181/rt181-12"),  # passes 180/181, natural
    ("redteam125/rt125-12", "redteam184/rt184-12"),  # passes 184/185, natural
    ("redteam125/rt125-12", "redteam51/rt51-15"),  # pass 125, natural
    ("redteam125/rt125-14", "redteam131/rt131-14"),  # pass 131, natural
    ("redteam125/rt125-14", "redteam141/rt141-14"),  # pass 141, natural
    ("redteam125/rt125-15", "redteam63/rt63-12"),  # pass 125, natural
    ("redteam126/rt126-11", "redteam152/rt152-12"),  # passes 152/153, natural
    ("redteam126/rt126-11", "redteam153/rt153-12"),  # passes 152/153, natural
    ("redteam126/rt126-11", "redteam185/rt185-13"),  # passes 184/185, natural
    ("redteam126/rt126-15", "redteam147/rt147-11"),  # pass 147, natural
    ("redteam126/rt126-15", "redteam38/rt38-11"),  # pass 126, natural
    ("redteam127/rt127-09", "redteam129/rt129-13"),  # pass 129, natural
    ("redteam127/rt127-09", "redteam132/rt132-13"),  # pass 132, natural
    ("redteam127/rt127-09", "redteam136/rt136-12"),  # pass 136, natural
    ("redteam127/rt127-09", "redteam141/rt141-12"),  # pass 141, natural
    ("redteam127/rt127-09", "redteam143/rt143-14"),  # pass 143, natural
    ("redteam127/rt127-09", "redteam146/rt146-14"),  # pass 146, natural
    ("redteam127/rt127-09", "redteam155/rt155-14"),  # passes 154/155, natural
    ("redteam127/rt127-09", "redteam172/rt172-14"),  # passes 172/173, natural
    ("redteam127/rt127-09", "redteam45/rt45-15"),  # pass 127, natural
    ("redteam127/rt127-11", "redteam129/rt129-14"),  # pass 129, natural
    ("redteam128/rt128-11", "redteam134/rt134-12"),  # pass 134, natural
    ("redteam128/rt128-12", "redteam177/rt177-11"),  # passes 176/177, natural
    ("redteam128/rt128-13", "redteam130/rt130-12"),  # pass 130, natural
    ("redteam129/rt129-13", "redteam132/rt132-13"),  # pass 132, natural
    ("redteam129/rt129-13", "redteam136/rt136-12"),  # pass 136, natural
    ("redteam129/rt129-13", "redteam141/rt141-12"),  # pass 141, natural
    ("redteam129/rt129-13", "redteam143/rt143-14"),  # pass 143, natural
    ("redteam129/rt129-13", "redteam146/rt146-14"),  # pass 146, natural
    ("redteam129/rt129-13", "redteam155/rt155-14"),  # passes 154/155, natural
    ("redteam129/rt129-13", "redteam172/rt172-14"),  # passes 172/173, natural
    ("redteam129/rt129-13", "redteam45/rt45-15"),  # pass 129, natural
    ("redteam130/rt130-13", "redteam41/rt41-14"),  # pass 130, natural
    ("redteam130/rt130-14", "redteam38/rt38-11"),  # pass 130, natural
    ("redteam131/rt131-11", "redteam132/rt132-11"),  # pass 132, natural
    ("redteam131/rt131-11", "redteam147/rt147-12"),  # pass 147, natural
    ("redteam131/rt131-11", "redteam155/rt155-12"),  # passes 154/155, natural
    ("redteam131/rt131-11", "redteam172/rt172-12"),  # passes 172/173, natural
    ("redteam131/rt131-11", "redteam185/rt185-11"),  # passes 184/185, natural
    ("redteam131/rt131-14", "redteam141/rt141-14"),  # pass 141, natural
    ("redteam132/rt132-11", "redteam147/rt147-12"),  # pass 147, natural
    ("redteam132/rt132-11", "redteam155/rt155-12"),  # passes 154/155, natural
    ("redteam132/rt132-11", "redteam172/rt172-12"),  # passes 172/173, natural
    ("redteam132/rt132-11", "redteam185/rt185-11"),  # passes 184/185, natural
    ("redteam132/rt132-13", "redteam136/rt136-12"),  # pass 136, natural
    ("redteam132/rt132-13", "redteam141/rt141-12"),  # pass 141, natural
    ("redteam132/rt132-13", "redteam143/rt143-14"),  # pass 143, natural
    ("redteam132/rt132-13", "redteam146/rt146-14"),  # pass 146, natural
    ("redteam132/rt132-13", "redteam155/rt155-14"),  # passes 154/155, natural
    ("redteam132/rt132-13", "redteam172/rt172-14"),  # passes 172/173, natural
    ("redteam132/rt132-13", "redteam45/rt45-15"),  # pass 132, natural
    ("redteam133/rt133-12", "redteam51/rt51-12"),  # pass 133, natural
    ("redteam133/rt133-13", "redteam69/rt69-12"),  # pass 133, natural
    ("redteam133/rt133-14", "redteam43/rt43-09"),  # pass 133, natural
    ("redteam135/rt135-11", "redteam137/rt137-11"),  # pass 137, natural
    ("redteam135/rt135-11", "redteam145/rt145-13"),  # pass 145, natural
    ("redteam135/rt135-11", "redteam149/rt149-13"),  # pass 149, natural
    ("redteam135/rt135-11", "redteam150/rt150-13"),  # passes 150/151, natural
    ("redteam135/rt135-11", "redteam151/rt151-13"),  # passes 150/151, natural
    ("redteam135/rt135-11", "redteam153/rt153-13"),  # passes 152/153, natural
    ("redteam135/rt135-11", "redteam154/rt154-13"),  # passes 154/155, natural
    ("redteam135/rt135-11", "redteam156/rt156-13"),  # passes 156/157, natural
    ("redteam135/rt135-11", "redteam157/rt157-13"),  # passes 156/157, natural
    ("redteam135/rt135-11", "redteam159/rt159-13"),  # passes 158/159, natural
    ("redteam135/rt135-11", "redteam161/rt161-13"),  # passes 160/161, natural
    ("redteam135/rt135-11", "redteam174/rt174-13"),  # passes 174/175, natural
    ("redteam135/rt135-11", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam135/rt135-11", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam135/rt135-11", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam135/rt135-11", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam135/rt135-11", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam135/rt135-11", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam135/rt135-11", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam135/rt135-11", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam135/rt135-11", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam135/rt135-11", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam135/rt135-11", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam135/rt135-11", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam135/rt135-11", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam135/rt135-11", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam135/rt135-14", "redteam139/rt139-12"),  # pass 139, natural
    ("redteam135/rt135-14", "redteam145/rt145-11"),  # pass 145, natural
    ("redteam135/rt135-14", "redteam150/rt150-11"),  # passes 150/151, natural
    ("redteam135/rt135-14", "redteam151/rt151-11"),  # passes 150/151, natural
    ("redteam135/rt135-14", "redteam154/rt154-11"),  # passes 154/155, natural
    ("redteam135/rt135-14", "redteam156/rt156-11"),  # passes 156/157, natural
    ("redteam135/rt135-14", "redteam157/rt157-11"),  # passes 156/157, natural
    ("redteam135/rt135-14", "redteam158/rt158-11"),  # passes 158/159, natural
    ("redteam135/rt135-14", "redteam159/rt159-11"),  # passes 158/159, natural
    ("redteam135/rt135-14", "redteam160/rt160-11"),  # passes 160/161, natural
    ("redteam135/rt135-14", "redteam161/rt161-11"),  # passes 160/161, natural
    ("redteam135/rt135-14", "redteam162/rt162-11"),  # passes 162/163, natural
    ("redteam135/rt135-14", "redteam163/rt163-11"),  # passes 162/163, natural
    ("redteam135/rt135-14", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam135/rt135-14", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam135/rt135-14", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam135/rt135-14", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam135/rt135-14", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam135/rt135-14", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam135/rt135-14", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam135/rt135-14", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam135/rt135-14", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam135/rt135-14", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam135/rt135-14", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam135/rt135-14", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam135/rt135-14", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam135/rt135-14", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam135/rt135-14", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam135/rt135-14", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam135/rt135-14", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam135/rt135-14", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam135/rt135-14", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam135/rt135-14", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam135/rt135-14", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam135/rt135-14", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam135/rt135-14", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam135/rt135-14", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam135/rt135-14", "redteam31/rt31-12"),  # pass 135, natural
    ("redteam136/rt136-11", "redteam138/rt138-11"),  # pass 138, natural
    ("redteam136/rt136-11", "redteam152/rt152-13"),  # passes 152/153, natural
    ("redteam136/rt136-11", "redteam174/rt174-11"),  # passes 174/175, natural
    ("redteam136/rt136-11", "redteam179/rt179-11"),  # passes 178/179, natural
    ("redteam136/rt136-11", "redteam181/rt181-11"),  # passes 180/181, natural
    ("redteam136/rt136-11", "redteam184/rt184-11"),  # passes 184/185, natural
    ("redteam136/rt136-12", "redteam141/rt141-12"),  # pass 141, natural
    ("redteam136/rt136-12", "redteam143/rt143-14"),  # pass 143, natural
    ("redteam136/rt136-12", "redteam146/rt146-14"),  # pass 146, natural
    ("redteam136/rt136-12", "redteam155/rt155-14"),  # passes 154/155, natural
    ("redteam136/rt136-12", "redteam172/rt172-14"),  # passes 172/173, natural
    ("redteam136/rt136-12", "redteam45/rt45-15"),  # pass 136, natural
    ("redteam136/rt136-13", "redteam25/rt25-12"),  # pass 136, natural
    ("redteam136/rt136-13", "redteam95/rt95-15"),  # pass 136, natural
    ("redteam136/rt136-14", "redteam137/rt137-14"),  # pass 137, natural
    ("redteam136/rt136-14", "redteam144/rt144-12"),  # pass 144, natural
    ("redteam136/rt136-14", "redteam152/rt152-14"),  # passes 152/153, natural
    ("redteam136/rt136-14", "redteam174/rt174-12"),  # passes 174/175, natural
    ("redteam136/rt136-14", "redteam179/rt179-12"),  # passes 178/179, natural
    ("redteam136/rt136-14", "redteam181/rt181-12"),  # passes 180/181, natural
    ("redteam136/rt136-14", "redteam184/rt184-12"),  # passes 184/185, natural
    ("redteam136/rt136-14", "redteam51/rt51-15"),  # pass 136, natural
    ("redteam137/rt137-11", "redteam145/rt145-13"),  # pass 145, natural
    ("redteam137/rt137-11", "redteam149/rt149-13"),  # pass 149, natural
    ("redteam137/rt137-11", "redteam150/rt150-13"),  # passes 150/151, natural
    ("redteam137/rt137-11", "redteam151/rt151-13"),  # passes 150/151, natural
    ("redteam137/rt137-11", "redteam153/rt153-13"),  # passes 152/153, natural
    ("redteam137/rt137-11", "redteam154/rt154-13"),  # passes 154/155, natural
    ("redteam137/rt137-11", "redteam156/rt156-13"),  # passes 156/157, natural
    ("redteam137/rt137-11", "redteam157/rt157-13"),  # passes 156/157, natural
    ("redteam137/rt137-11", "redteam159/rt159-13"),  # passes 158/159, natural
    ("redteam137/rt137-11", "redteam161/rt161-13"),  # passes 160/161, natural
    ("redteam137/rt137-11", "redteam174/rt174-13"),  # passes 174/175, natural
    ("redteam137/rt137-11", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam137/rt137-11", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam137/rt137-11", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam137/rt137-11", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam137/rt137-11", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam137/rt137-11", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam137/rt137-11", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam137/rt137-11", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam137/rt137-11", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam137/rt137-11", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam137/rt137-11", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam137/rt137-11", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam137/rt137-11", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam137/rt137-11", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam137/rt137-12", "redteam149/rt149-14"),  # pass 149, natural
    ("redteam137/rt137-12", "unseen/u07-cat-story"),  # pass 137, natural
    ("redteam137/rt137-14", "redteam144/rt144-12"),  # pass 144, natural
    ("redteam137/rt137-14", "redteam152/rt152-14"),  # passes 152/153, natural
    ("redteam137/rt137-14", "redteam174/rt174-12"),  # passes 174/175, natural
    ("redteam137/rt137-14", "redteam179/rt179-12"),  # passes 178/179, natural
    ("redteam137/rt137-14", "redteam181/rt181-12"),  # passes 180/181, natural
    ("redteam137/rt137-14", "redteam184/rt184-12"),  # passes 184/185, natural
    ("redteam137/rt137-14", "redteam51/rt51-15"),  # pass 137, natural
    ("redteam138/rt138-11", "redteam152/rt152-13"),  # passes 152/153, natural
    ("redteam138/rt138-11", "redteam174/rt174-11"),  # passes 174/175, natural
    ("redteam138/rt138-11", "redteam179/rt179-11"),  # passes 178/179, natural
    ("redteam138/rt138-11", "redteam181/rt181-11"),  # passes 180/181, natural
    ("redteam138/rt138-11", "redteam184/rt184-11"),  # passes 184/185, natural
    ("redteam138/rt138-14", "redteam140/rt140-14"),  # pass 140, natural
    ("redteam138/rt138-14", "redteam151/rt151-14"),  # passes 150/151, natural
    ("redteam138/rt138-14", "redteam153/rt153-14"),  # passes 152/153, natural
    ("redteam138/rt138-14", "redteam154/rt154-14"),  # passes 154/155, natural
    ("redteam138/rt138-14", "redteam156/rt156-14"),  # passes 156/157, natural
    ("redteam138/rt138-14", "redteam157/rt157-14"),  # passes 156/157, natural
    ("redteam138/rt138-14", "redteam158/rt158-14"),  # passes 158/159, natural
    ("redteam138/rt138-14", "redteam159/rt159-14"),  # passes 158/159, natural
    ("redteam138/rt138-14", "redteam160/rt160-14"),  # passes 160/161, natural
    ("redteam138/rt138-14", "redteam161/rt161-14"),  # passes 160/161, natural
    ("redteam138/rt138-14", "redteam162/rt162-14"),  # passes 162/163, natural
    ("redteam138/rt138-14", "redteam163/rt163-14"),  # passes 162/163, natural
    ("redteam138/rt138-14", "redteam164/rt164-14"),  # passes 164/165, natural
    ("redteam138/rt138-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam138/rt138-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam138/rt138-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam138/rt138-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam138/rt138-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam138/rt138-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam138/rt138-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam138/rt138-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam138/rt138-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam138/rt138-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam138/rt138-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam138/rt138-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam138/rt138-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam138/rt138-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam138/rt138-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam138/rt138-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam138/rt138-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam138/rt138-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam138/rt138-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam138/rt138-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam138/rt138-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam138/rt138-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam138/rt138-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam138/rt138-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam138/rt138-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam138/rt138-14", "redteam32/rt32-12"),  # pass 138, natural
    ("redteam139/rt139-11", "redteam145/rt145-12"),  # pass 145, natural
    ("redteam139/rt139-11", "redteam150/rt150-12"),  # passes 150/151, natural
    ("redteam139/rt139-11", "redteam151/rt151-12"),  # passes 150/151, natural
    ("redteam139/rt139-11", "redteam154/rt154-12"),  # passes 154/155, natural
    ("redteam139/rt139-11", "redteam156/rt156-12"),  # passes 156/157, natural
    ("redteam139/rt139-11", "redteam157/rt157-12"),  # passes 156/157, natural
    ("redteam139/rt139-11", "redteam158/rt158-12"),  # passes 158/159, natural
    ("redteam139/rt139-11", "redteam159/rt159-12"),  # passes 158/159, natural
    ("redteam139/rt139-11", "redteam160/rt160-12"),  # passes 160/161, natural
    ("redteam139/rt139-11", "redteam161/rt161-12"),  # passes 160/161, natural
    ("redteam139/rt139-11", "redteam162/rt162-12"),  # passes 162/163, natural
    ("redteam139/rt139-11", "redteam163/rt163-12"),  # passes 162/163, natural
    ("redteam139/rt139-11", "redteam164/rt164-12"),  # passes 164/165, natural
    ("redteam139/rt139-11", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam139/rt139-11", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam139/rt139-11", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam139/rt139-11", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam139/rt139-11", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam139/rt139-11", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam139/rt139-11", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam139/rt139-11", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam139/rt139-11", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam139/rt139-11", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam139/rt139-11", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam139/rt139-11", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam139/rt139-11", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam139/rt139-11", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam139/rt139-11", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam139/rt139-11", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam139/rt139-11", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam139/rt139-11", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam139/rt139-11", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam139/rt139-11", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam139/rt139-11", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam139/rt139-12", "redteam145/rt145-11"),  # pass 145, natural
    ("redteam139/rt139-12", "redteam150/rt150-11"),  # passes 150/151, natural
    ("redteam139/rt139-12", "redteam151/rt151-11"),  # passes 150/151, natural
    ("redteam139/rt139-12", "redteam154/rt154-11"),  # passes 154/155, natural
    ("redteam139/rt139-12", "redteam156/rt156-11"),  # passes 156/157, natural
    ("redteam139/rt139-12", "redteam157/rt157-11"),  # passes 156/157, natural
    ("redteam139/rt139-12", "redteam158/rt158-11"),  # passes 158/159, natural
    ("redteam139/rt139-12", "redteam159/rt159-11"),  # passes 158/159, natural
    ("redteam139/rt139-12", "redteam160/rt160-11"),  # passes 160/161, natural
    ("redteam139/rt139-12", "redteam161/rt161-11"),  # passes 160/161, natural
    ("redteam139/rt139-12", "redteam162/rt162-11"),  # passes 162/163, natural
    ("redteam139/rt139-12", "redteam163/rt163-11"),  # passes 162/163, natural
    ("redteam139/rt139-12", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam139/rt139-12", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam139/rt139-12", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam139/rt139-12", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam139/rt139-12", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam139/rt139-12", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam139/rt139-12", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam139/rt139-12", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam139/rt139-12", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam139/rt139-12", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam139/rt139-12", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam139/rt139-12", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam139/rt139-12", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam139/rt139-12", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam139/rt139-12", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam139/rt139-12", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam139/rt139-12", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam139/rt139-12", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam139/rt139-12", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam139/rt139-12", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam139/rt139-12", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam139/rt139-12", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam139/rt139-12", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam139/rt139-12", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam139/rt139-12", "redteam31/rt31-12"),  # pass 139, natural
    ("redteam139/rt139-14", "redteam181/rt181-14"),  # passes 180/181, natural
    ("redteam139/rt139-14", "redteam184/rt184-14"),  # passes 184/185, natural
    ("redteam139/rt139-14", "redteam185/rt185-14"),  # passes 184/185, natural
    ("redteam140/rt140-11", "redteam147/rt147-13"),  # pass 147, natural
    ("redteam140/rt140-11", "redteam158/rt158-13"),  # passes 158/159, natural
    ("redteam140/rt140-11", "redteam163/rt163-13"),  # passes 162/163, natural
    ("redteam140/rt140-11", "redteam165/rt165-13"),  # passes 164/165, natural
    ("redteam140/rt140-11", "redteam176/rt176-13"),  # passes 176/177, natural
    ("redteam140/rt140-11", "redteam179/rt179-13"),  # passes 178/179, natural
    ("redteam140/rt140-11", "redteam181/rt181-13"),  # passes 180/181, natural
    ("redteam140/rt140-11", "redteam184/rt184-13"),  # passes 184/185, natural
    ("redteam140/rt140-13", "redteam149/rt149-11"),  # pass 149, natural
    ("redteam140/rt140-13", "redteam155/rt155-11"),  # passes 154/155, natural
    ("redteam140/rt140-13", "redteam177/rt177-12"),  # passes 176/177, natural
    ("redteam140/rt140-14", "redteam151/rt151-14"),  # passes 150/151, natural
    ("redteam140/rt140-14", "redteam153/rt153-14"),  # passes 152/153, natural
    ("redteam140/rt140-14", "redteam154/rt154-14"),  # passes 154/155, natural
    ("redteam140/rt140-14", "redteam156/rt156-14"),  # passes 156/157, natural
    ("redteam140/rt140-14", "redteam157/rt157-14"),  # passes 156/157, natural
    ("redteam140/rt140-14", "redteam158/rt158-14"),  # passes 158/159, natural
    ("redteam140/rt140-14", "redteam159/rt159-14"),  # passes 158/159, natural
    ("redteam140/rt140-14", "redteam160/rt160-14"),  # passes 160/161, natural
    ("redteam140/rt140-14", "redteam161/rt161-14"),  # passes 160/161, natural
    ("redteam140/rt140-14", "redteam162/rt162-14"),  # passes 162/163, natural
    ("redteam140/rt140-14", "redteam163/rt163-14"),  # passes 162/163, natural
    ("redteam140/rt140-14", "redteam164/rt164-14"),  # passes 164/165, natural
    ("redteam140/rt140-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam140/rt140-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam140/rt140-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam140/rt140-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam140/rt140-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam140/rt140-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam140/rt140-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam140/rt140-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam140/rt140-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam140/rt140-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam140/rt140-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam140/rt140-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam140/rt140-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam140/rt140-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam140/rt140-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam140/rt140-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam140/rt140-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam140/rt140-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam140/rt140-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam140/rt140-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam140/rt140-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam140/rt140-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam140/rt140-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam140/rt140-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam140/rt140-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam140/rt140-14", "redteam32/rt32-12"),  # pass 140, natural
    ("redteam141/rt141-11", "redteam155/rt155-13"),  # passes 154/155, natural
    ("redteam141/rt141-11", "redteam160/rt160-13"),  # passes 160/161, natural
    ("redteam141/rt141-11", "redteam162/rt162-13"),  # passes 162/163, natural
    ("redteam141/rt141-11", "redteam164/rt164-13"),  # passes 164/165, natural
    ("redteam141/rt141-11", "redteam166/rt166-13"),  # passes 166/167, natural
    ("redteam141/rt141-11", "redteam167/rt167-13"),  # passes 166/167, natural
    ("redteam141/rt141-11", "redteam168/rt168-13"),  # passes 168/169, natural
    ("redteam141/rt141-11", "redteam169/rt169-13"),  # passes 168/169, natural
    ("redteam141/rt141-11", "redteam170/rt170-13"),  # passes 170/171, natural
    ("redteam141/rt141-11", "redteam171/rt171-13"),  # passes 170/171, natural
    ("redteam141/rt141-11", "redteam172/rt172-13"),  # passes 172/173, natural
    ("redteam141/rt141-11", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam141/rt141-11", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam141/rt141-11", "redteam55/rt55-13"),  # pass 141, natural
    ("redteam141/rt141-12", "redteam143/rt143-14"),  # pass 143, natural
    ("redteam141/rt141-12", "redteam146/rt146-14"),  # pass 146, natural
    ("redteam141/rt141-12", "redteam155/rt155-14"),  # passes 154/155, natural
    ("redteam141/rt141-12", "redteam172/rt172-14"),  # passes 172/173, natural
    ("redteam141/rt141-12", "redteam45/rt45-15"),  # pass 141, natural
    ("redteam141/rt141-13", "redteam176/rt176-11"),  # passes 176/177, natural
    ("redteam141/rt141-13", "redteam45/rt45-13"),  # pass 141, natural
    ("redteam141/rt141-13", "redteam67/rt67-15"),  # pass 141, natural
    ("redteam142/rt142-11", "redteam144/rt144-11"),  # pass 144, natural
    ("redteam142/rt142-11", "redteam148/rt148-11"),  # pass 148, natural
    ("redteam142/rt142-12", "redteam143/rt143-12"),  # pass 143, natural
    ("redteam142/rt142-12", "redteam149/rt149-12"),  # pass 149, natural
    ("redteam143/rt143-12", "redteam149/rt149-12"),  # pass 149, natural
    ("redteam143/rt143-13", "redteam148/rt148-13"),  # pass 148, natural
    ("redteam143/rt143-14", "redteam146/rt146-14"),  # pass 146, natural
    ("redteam143/rt143-14", "redteam155/rt155-14"),  # passes 154/155, natural
    ("redteam143/rt143-14", "redteam172/rt172-14"),  # passes 172/173, natural
    ("redteam143/rt143-14", "redteam45/rt45-15"),  # pass 143, natural
    ("redteam144/rt144-11", "redteam148/rt148-11"),  # pass 148, natural
    ("redteam144/rt144-12", "redteam152/rt152-14"),  # passes 152/153, natural
    ("redteam144/rt144-12", "redteam174/rt174-12"),  # passes 174/175, natural
    ("redteam144/rt144-12", "redteam179/rt179-12"),  # passes 178/179, natural
    ("redteam144/rt144-12", "redteam181/rt181-12"),  # passes 180/181, natural
    ("redteam144/rt144-12", "redteam184/rt184-12"),  # passes 184/185, natural
    ("redteam144/rt144-12", "redteam51/rt51-15"),  # pass 144, natural
    ("redteam145/rt145-11", "redteam150/rt150-11"),  # passes 150/151, natural
    ("redteam145/rt145-11", "redteam151/rt151-11"),  # passes 150/151, natural
    ("redteam145/rt145-11", "redteam154/rt154-11"),  # passes 154/155, natural
    ("redteam145/rt145-11", "redteam156/rt156-11"),  # passes 156/157, natural
    ("redteam145/rt145-11", "redteam157/rt157-11"),  # passes 156/157, natural
    ("redteam145/rt145-11", "redteam158/rt158-11"),  # passes 158/159, natural
    ("redteam145/rt145-11", "redteam159/rt159-11"),  # passes 158/159, natural
    ("redteam145/rt145-11", "redteam160/rt160-11"),  # passes 160/161, natural
    ("redteam145/rt145-11", "redteam161/rt161-11"),  # passes 160/161, natural
    ("redteam145/rt145-11", "redteam162/rt162-11"),  # passes 162/163, natural
    ("redteam145/rt145-11", "redteam163/rt163-11"),  # passes 162/163, natural
    ("redteam145/rt145-11", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam145/rt145-11", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam145/rt145-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam145/rt145-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam145/rt145-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam145/rt145-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam145/rt145-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam145/rt145-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam145/rt145-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam145/rt145-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam145/rt145-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam145/rt145-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam145/rt145-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam145/rt145-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam145/rt145-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam145/rt145-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam145/rt145-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam145/rt145-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam145/rt145-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam145/rt145-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam145/rt145-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam145/rt145-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam145/rt145-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam145/rt145-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam145/rt145-11", "redteam31/rt31-12"),  # pass 145, natural
    ("redteam145/rt145-12", "redteam150/rt150-12"),  # passes 150/151, natural
    ("redteam145/rt145-12", "redteam151/rt151-12"),  # passes 150/151, natural
    ("redteam145/rt145-12", "redteam154/rt154-12"),  # passes 154/155, natural
    ("redteam145/rt145-12", "redteam156/rt156-12"),  # passes 156/157, natural
    ("redteam145/rt145-12", "redteam157/rt157-12"),  # passes 156/157, natural
    ("redteam145/rt145-12", "redteam158/rt158-12"),  # passes 158/159, natural
    ("redteam145/rt145-12", "redteam159/rt159-12"),  # passes 158/159, natural
    ("redteam145/rt145-12", "redteam160/rt160-12"),  # passes 160/161, natural
    ("redteam145/rt145-12", "redteam161/rt161-12"),  # passes 160/161, natural
    ("redteam145/rt145-12", "redteam162/rt162-12"),  # passes 162/163, natural
    ("redteam145/rt145-12", "redteam163/rt163-12"),  # passes 162/163, natural
    ("redteam145/rt145-12", "redteam164/rt164-12"),  # passes 164/165, natural
    ("redteam145/rt145-12", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam145/rt145-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam145/rt145-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam145/rt145-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam145/rt145-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam145/rt145-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam145/rt145-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam145/rt145-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam145/rt145-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam145/rt145-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam145/rt145-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam145/rt145-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam145/rt145-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam145/rt145-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam145/rt145-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam145/rt145-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam145/rt145-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam145/rt145-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam145/rt145-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam145/rt145-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam145/rt145-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam145/rt145-13", "redteam149/rt149-13"),  # pass 149, natural
    ("redteam145/rt145-13", "redteam150/rt150-13"),  # passes 150/151, natural
    ("redteam145/rt145-13", "redteam151/rt151-13"),  # passes 150/151, natural
    ("redteam145/rt145-13", "redteam153/rt153-13"),  # passes 152/153, natural
    ("redteam145/rt145-13", "redteam154/rt154-13"),  # passes 154/155, natural
    ("redteam145/rt145-13", "redteam156/rt156-13"),  # passes 156/157, natural
    ("redteam145/rt145-13", "redteam157/rt157-13"),  # passes 156/157, natural
    ("redteam145/rt145-13", "redteam159/rt159-13"),  # passes 158/159, natural
    ("redteam145/rt145-13", "redteam161/rt161-13"),  # passes 160/161, natural
    ("redteam145/rt145-13", "redteam174/rt174-13"),  # passes 174/175, natural
    ("redteam145/rt145-13", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam145/rt145-13", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam145/rt145-13", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam145/rt145-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam145/rt145-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam145/rt145-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam145/rt145-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam145/rt145-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam145/rt145-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam145/rt145-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam145/rt145-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam145/rt145-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam145/rt145-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam145/rt145-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam146/rt146-14", "redteam155/rt155-14"),  # passes 154/155, natural
    ("redteam146/rt146-14", "redteam172/rt172-14"),  # passes 172/173, natural
    ("redteam146/rt146-14", "redteam45/rt45-15"),  # pass 146, natural
    ("redteam147/rt147-11", "redteam38/rt38-11"),  # pass 147, natural
    ("redteam147/rt147-12", "redteam155/rt155-12"),  # passes 154/155, natural
    ("redteam147/rt147-12", "redteam172/rt172-12"),  # passes 172/173, natural
    ("redteam147/rt147-12", "redteam185/rt185-11"),  # passes 184/185, natural
    ("redteam147/rt147-13", "redteam158/rt158-13"),  # passes 158/159, natural
    ("redteam147/rt147-13", "redteam163/rt163-13"),  # passes 162/163, natural
    ("redteam147/rt147-13", "redteam165/rt165-13"),  # passes 164/165, natural
    ("redteam147/rt147-13", "redteam176/rt176-13"),  # passes 176/177, natural
    ("redteam147/rt147-13", "redteam179/rt179-13"),  # passes 178/179, natural
    ("redteam147/rt147-13", "redteam181/rt181-13"),  # passes 180/181, natural
    ("redteam147/rt147-13", "redteam184/rt184-13"),  # passes 184/185, natural
    ("redteam147/rt147-14", "redteam40/rt40-11"),  # pass 147, natural
    ("redteam149/rt149-11", "redteam155/rt155-11"),  # passes 154/155, natural
    ("redteam149/rt149-11", "redteam177/rt177-12"),  # passes 176/177, natural
    ("redteam149/rt149-13", "redteam150/rt150-13"),  # passes 150/151, natural
    ("redteam149/rt149-13", "redteam151/rt151-13"),  # passes 150/151, natural
    ("redteam149/rt149-13", "redteam153/rt153-13"),  # passes 152/153, natural
    ("redteam149/rt149-13", "redteam154/rt154-13"),  # passes 154/155, natural
    ("redteam149/rt149-13", "redteam156/rt156-13"),  # passes 156/157, natural
    ("redteam149/rt149-13", "redteam157/rt157-13"),  # passes 156/157, natural
    ("redteam149/rt149-13", "redteam159/rt159-13"),  # passes 158/159, natural
    ("redteam149/rt149-13", "redteam161/rt161-13"),  # passes 160/161, natural
    ("redteam149/rt149-13", "redteam174/rt174-13"),  # passes 174/175, natural
    ("redteam149/rt149-13", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam149/rt149-13", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam149/rt149-13", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam149/rt149-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam149/rt149-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam149/rt149-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam149/rt149-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam149/rt149-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam149/rt149-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam149/rt149-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam149/rt149-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam149/rt149-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam149/rt149-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam149/rt149-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam149/rt149-14", "unseen/u07-cat-story"),  # pass 149, natural
    ("redteam150/rt150-11", "redteam151/rt151-11"),  # passes 150/151, natural
    ("redteam150/rt150-11", "redteam154/rt154-11"),  # passes 154/155, natural
    ("redteam150/rt150-11", "redteam156/rt156-11"),  # passes 156/157, natural
    ("redteam150/rt150-11", "redteam157/rt157-11"),  # passes 156/157, natural
    ("redteam150/rt150-11", "redteam158/rt158-11"),  # passes 158/159, natural
    ("redteam150/rt150-11", "redteam159/rt159-11"),  # passes 158/159, natural
    ("redteam150/rt150-11", "redteam160/rt160-11"),  # passes 160/161, natural
    ("redteam150/rt150-11", "redteam161/rt161-11"),  # passes 160/161, natural
    ("redteam150/rt150-11", "redteam162/rt162-11"),  # passes 162/163, natural
    ("redteam150/rt150-11", "redteam163/rt163-11"),  # passes 162/163, natural
    ("redteam150/rt150-11", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam150/rt150-11", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam150/rt150-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam150/rt150-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam150/rt150-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam150/rt150-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam150/rt150-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam150/rt150-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam150/rt150-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam150/rt150-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam150/rt150-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam150/rt150-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam150/rt150-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam150/rt150-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam150/rt150-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam150/rt150-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam150/rt150-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam150/rt150-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam150/rt150-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam150/rt150-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam150/rt150-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam150/rt150-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam150/rt150-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam150/rt150-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam150/rt150-11", "redteam31/rt31-12"),  # passes 150/151, natural
    ("redteam150/rt150-12", "redteam151/rt151-12"),  # passes 150/151, natural
    ("redteam150/rt150-12", "redteam154/rt154-12"),  # passes 154/155, natural
    ("redteam150/rt150-12", "redteam156/rt156-12"),  # passes 156/157, natural
    ("redteam150/rt150-12", "redteam157/rt157-12"),  # passes 156/157, natural
    ("redteam150/rt150-12", "redteam158/rt158-12"),  # passes 158/159, natural
    ("redteam150/rt150-12", "redteam159/rt159-12"),  # passes 158/159, natural
    ("redteam150/rt150-12", "redteam160/rt160-12"),  # passes 160/161, natural
    ("redteam150/rt150-12", "redteam161/rt161-12"),  # passes 160/161, natural
    ("redteam150/rt150-12", "redteam162/rt162-12"),  # passes 162/163, natural
    ("redteam150/rt150-12", "redteam163/rt163-12"),  # passes 162/163, natural
    ("redteam150/rt150-12", "redteam164/rt164-12"),  # passes 164/165, natural
    ("redteam150/rt150-12", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam150/rt150-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam150/rt150-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam150/rt150-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam150/rt150-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam150/rt150-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam150/rt150-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam150/rt150-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam150/rt150-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam150/rt150-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam150/rt150-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam150/rt150-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam150/rt150-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam150/rt150-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam150/rt150-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam150/rt150-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam150/rt150-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam150/rt150-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam150/rt150-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam150/rt150-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam150/rt150-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam150/rt150-13", "redteam151/rt151-13"),  # passes 150/151, natural
    ("redteam150/rt150-13", "redteam153/rt153-13"),  # passes 152/153, natural
    ("redteam150/rt150-13", "redteam154/rt154-13"),  # passes 154/155, natural
    ("redteam150/rt150-13", "redteam156/rt156-13"),  # passes 156/157, natural
    ("redteam150/rt150-13", "redteam157/rt157-13"),  # passes 156/157, natural
    ("redteam150/rt150-13", "redteam159/rt159-13"),  # passes 158/159, natural
    ("redteam150/rt150-13", "redteam161/rt161-13"),  # passes 160/161, natural
    ("redteam150/rt150-13", "redteam174/rt174-13"),  # passes 174/175, natural
    ("redteam150/rt150-13", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam150/rt150-13", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam150/rt150-13", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam150/rt150-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam150/rt150-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam150/rt150-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam150/rt150-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam150/rt150-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam150/rt150-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam150/rt150-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam150/rt150-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam150/rt150-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam150/rt150-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam150/rt150-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam151/rt151-11", "redteam154/rt154-11"),  # passes 154/155, natural
    ("redteam151/rt151-11", "redteam156/rt156-11"),  # passes 156/157, natural
    ("redteam151/rt151-11", "redteam157/rt157-11"),  # passes 156/157, natural
    ("redteam151/rt151-11", "redteam158/rt158-11"),  # passes 158/159, natural
    ("redteam151/rt151-11", "redteam159/rt159-11"),  # passes 158/159, natural
    ("redteam151/rt151-11", "redteam160/rt160-11"),  # passes 160/161, natural
    ("redteam151/rt151-11", "redteam161/rt161-11"),  # passes 160/161, natural
    ("redteam151/rt151-11", "redteam162/rt162-11"),  # passes 162/163, natural
    ("redteam151/rt151-11", "redteam163/rt163-11"),  # passes 162/163, natural
    ("redteam151/rt151-11", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam151/rt151-11", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam151/rt151-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam151/rt151-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam151/rt151-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam151/rt151-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam151/rt151-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam151/rt151-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam151/rt151-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam151/rt151-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam151/rt151-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam151/rt151-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam151/rt151-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam151/rt151-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam151/rt151-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam151/rt151-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam151/rt151-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam151/rt151-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam151/rt151-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam151/rt151-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam151/rt151-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam151/rt151-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam151/rt151-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam151/rt151-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam151/rt151-11", "redteam31/rt31-12"),  # passes 150/151, natural
    ("redteam151/rt151-12", "redteam154/rt154-12"),  # passes 154/155, natural
    ("redteam151/rt151-12", "redteam156/rt156-12"),  # passes 156/157, natural
    ("redteam151/rt151-12", "redteam157/rt157-12"),  # passes 156/157, natural
    ("redteam151/rt151-12", "redteam158/rt158-12"),  # passes 158/159, natural
    ("redteam151/rt151-12", "redteam159/rt159-12"),  # passes 158/159, natural
    ("redteam151/rt151-12", "redteam160/rt160-12"),  # passes 160/161, natural
    ("redteam151/rt151-12", "redteam161/rt161-12"),  # passes 160/161, natural
    ("redteam151/rt151-12", "redteam162/rt162-12"),  # passes 162/163, natural
    ("redteam151/rt151-12", "redteam163/rt163-12"),  # passes 162/163, natural
    ("redteam151/rt151-12", "redteam164/rt164-12"),  # passes 164/165, natural
    ("redteam151/rt151-12", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam151/rt151-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam151/rt151-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam151/rt151-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam151/rt151-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam151/rt151-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam151/rt151-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam151/rt151-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam151/rt151-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam151/rt151-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam151/rt151-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam151/rt151-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam151/rt151-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam151/rt151-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam151/rt151-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam151/rt151-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam151/rt151-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam151/rt151-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam151/rt151-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam151/rt151-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam151/rt151-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam151/rt151-13", "redteam153/rt153-13"),  # passes 152/153, natural
    ("redteam151/rt151-13", "redteam154/rt154-13"),  # passes 154/155, natural
    ("redteam151/rt151-13", "redteam156/rt156-13"),  # passes 156/157, natural
    ("redteam151/rt151-13", "redteam157/rt157-13"),  # passes 156/157, natural
    ("redteam151/rt151-13", "redteam159/rt159-13"),  # passes 158/159, natural
    ("redteam151/rt151-13", "redteam161/rt161-13"),  # passes 160/161, natural
    ("redteam151/rt151-13", "redteam174/rt174-13"),  # passes 174/175, natural
    ("redteam151/rt151-13", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam151/rt151-13", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam151/rt151-13", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam151/rt151-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam151/rt151-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam151/rt151-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam151/rt151-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam151/rt151-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam151/rt151-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam151/rt151-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam151/rt151-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam151/rt151-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam151/rt151-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam151/rt151-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam151/rt151-14", "redteam153/rt153-14"),  # passes 152/153, natural
    ("redteam151/rt151-14", "redteam154/rt154-14"),  # passes 154/155, natural
    ("redteam151/rt151-14", "redteam156/rt156-14"),  # passes 156/157, natural
    ("redteam151/rt151-14", "redteam157/rt157-14"),  # passes 156/157, natural
    ("redteam151/rt151-14", "redteam158/rt158-14"),  # passes 158/159, natural
    ("redteam151/rt151-14", "redteam159/rt159-14"),  # passes 158/159, natural
    ("redteam151/rt151-14", "redteam160/rt160-14"),  # passes 160/161, natural
    ("redteam151/rt151-14", "redteam161/rt161-14"),  # passes 160/161, natural
    ("redteam151/rt151-14", "redteam162/rt162-14"),  # passes 162/163, natural
    ("redteam151/rt151-14", "redteam163/rt163-14"),  # passes 162/163, natural
    ("redteam151/rt151-14", "redteam164/rt164-14"),  # passes 164/165, natural
    ("redteam151/rt151-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam151/rt151-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam151/rt151-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam151/rt151-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam151/rt151-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam151/rt151-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam151/rt151-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam151/rt151-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam151/rt151-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam151/rt151-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam151/rt151-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam151/rt151-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam151/rt151-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam151/rt151-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam151/rt151-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam151/rt151-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam151/rt151-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam151/rt151-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam151/rt151-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam151/rt151-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam151/rt151-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam151/rt151-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam151/rt151-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam151/rt151-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam151/rt151-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam151/rt151-14", "redteam32/rt32-12"),  # passes 150/151, natural
    ("redteam152/rt152-11", "redteam153/rt153-11"),  # passes 152/153, natural
    ("redteam152/rt152-12", "redteam153/rt153-12"),  # passes 152/153, natural
    ("redteam152/rt152-12", "redteam185/rt185-13"),  # passes 184/185, natural
    ("redteam152/rt152-13", "redteam174/rt174-11"),  # passes 174/175, natural
    ("redteam152/rt152-13", "redteam179/rt179-11"),  # passes 178/179, natural
    ("redteam152/rt152-13", "redteam181/rt181-11"),  # passes 180/181, natural
    ("redteam152/rt152-13", "redteam184/rt184-11"),  # passes 184/185, natural
    ("redteam152/rt152-14", "redteam174/rt174-12"),  # passes 174/175, natural
    ("redteam152/rt152-14", "redteam179/rt179-12"),  # passes 178/179, natural
    ("redteam152/rt152-14", "redteam181/rt181-12"),  # passes 180/181, natural
    ("redteam152/rt152-14", "redteam184/rt184-12"),  # passes 184/185, natural
    ("redteam152/rt152-14", "redteam51/rt51-15"),  # passes 152/153, natural
    ("redteam153/rt153-12", "redteam185/rt185-13"),  # passes 184/185, natural
    ("redteam153/rt153-13", "redteam154/rt154-13"),  # passes 154/155, natural
    ("redteam153/rt153-13", "redteam156/rt156-13"),  # passes 156/157, natural
    ("redteam153/rt153-13", "redteam157/rt157-13"),  # passes 156/157, natural
    ("redteam153/rt153-13", "redteam159/rt159-13"),  # passes 158/159, natural
    ("redteam153/rt153-13", "redteam161/rt161-13"),  # passes 160/161, natural
    ("redteam153/rt153-13", "redteam174/rt174-13"),  # passes 174/175, natural
    ("redteam153/rt153-13", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam153/rt153-13", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam153/rt153-13", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam153/rt153-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam153/rt153-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam153/rt153-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam153/rt153-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam153/rt153-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam153/rt153-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam153/rt153-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam153/rt153-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam153/rt153-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam153/rt153-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam153/rt153-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam153/rt153-14", "redteam154/rt154-14"),  # passes 154/155, natural
    ("redteam153/rt153-14", "redteam156/rt156-14"),  # passes 156/157, natural
    ("redteam153/rt153-14", "redteam157/rt157-14"),  # passes 156/157, natural
    ("redteam153/rt153-14", "redteam158/rt158-14"),  # passes 158/159, natural
    ("redteam153/rt153-14", "redteam159/rt159-14"),  # passes 158/159, natural
    ("redteam153/rt153-14", "redteam160/rt160-14"),  # passes 160/161, natural
    ("redteam153/rt153-14", "redteam161/rt161-14"),  # passes 160/161, natural
    ("redteam153/rt153-14", "redteam162/rt162-14"),  # passes 162/163, natural
    ("redteam153/rt153-14", "redteam163/rt163-14"),  # passes 162/163, natural
    ("redteam153/rt153-14", "redteam164/rt164-14"),  # passes 164/165, natural
    ("redteam153/rt153-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam153/rt153-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam153/rt153-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam153/rt153-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam153/rt153-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam153/rt153-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam153/rt153-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam153/rt153-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam153/rt153-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam153/rt153-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam153/rt153-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam153/rt153-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam153/rt153-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam153/rt153-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam153/rt153-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam153/rt153-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam153/rt153-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam153/rt153-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam153/rt153-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam153/rt153-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam153/rt153-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam153/rt153-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam153/rt153-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam153/rt153-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam153/rt153-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam153/rt153-14", "redteam32/rt32-12"),  # passes 152/153, natural
    ("redteam154/rt154-11", "redteam156/rt156-11"),  # passes 156/157, natural
    ("redteam154/rt154-11", "redteam157/rt157-11"),  # passes 156/157, natural
    ("redteam154/rt154-11", "redteam158/rt158-11"),  # passes 158/159, natural
    ("redteam154/rt154-11", "redteam159/rt159-11"),  # passes 158/159, natural
    ("redteam154/rt154-11", "redteam160/rt160-11"),  # passes 160/161, natural
    ("redteam154/rt154-11", "redteam161/rt161-11"),  # passes 160/161, natural
    ("redteam154/rt154-11", "redteam162/rt162-11"),  # passes 162/163, natural
    ("redteam154/rt154-11", "redteam163/rt163-11"),  # passes 162/163, natural
    ("redteam154/rt154-11", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam154/rt154-11", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam154/rt154-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam154/rt154-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam154/rt154-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam154/rt154-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam154/rt154-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam154/rt154-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam154/rt154-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam154/rt154-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam154/rt154-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam154/rt154-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam154/rt154-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam154/rt154-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam154/rt154-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam154/rt154-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam154/rt154-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam154/rt154-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam154/rt154-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam154/rt154-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam154/rt154-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam154/rt154-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam154/rt154-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam154/rt154-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam154/rt154-11", "redteam31/rt31-12"),  # passes 154/155, natural
    ("redteam154/rt154-12", "redteam156/rt156-12"),  # passes 156/157, natural
    ("redteam154/rt154-12", "redteam157/rt157-12"),  # passes 156/157, natural
    ("redteam154/rt154-12", "redteam158/rt158-12"),  # passes 158/159, natural
    ("redteam154/rt154-12", "redteam159/rt159-12"),  # passes 158/159, natural
    ("redteam154/rt154-12", "redteam160/rt160-12"),  # passes 160/161, natural
    ("redteam154/rt154-12", "redteam161/rt161-12"),  # passes 160/161, natural
    ("redteam154/rt154-12", "redteam162/rt162-12"),  # passes 162/163, natural
    ("redteam154/rt154-12", "redteam163/rt163-12"),  # passes 162/163, natural
    ("redteam154/rt154-12", "redteam164/rt164-12"),  # passes 164/165, natural
    ("redteam154/rt154-12", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam154/rt154-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam154/rt154-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam154/rt154-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam154/rt154-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam154/rt154-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam154/rt154-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam154/rt154-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam154/rt154-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam154/rt154-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam154/rt154-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam154/rt154-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam154/rt154-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam154/rt154-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam154/rt154-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam154/rt154-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam154/rt154-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam154/rt154-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam154/rt154-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam154/rt154-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam154/rt154-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam154/rt154-13", "redteam156/rt156-13"),  # passes 156/157, natural
    ("redteam154/rt154-13", "redteam157/rt157-13"),  # passes 156/157, natural
    ("redteam154/rt154-13", "redteam159/rt159-13"),  # passes 158/159, natural
    ("redteam154/rt154-13", "redteam161/rt161-13"),  # passes 160/161, natural
    ("redteam154/rt154-13", "redteam174/rt174-13"),  # passes 174/175, natural
    ("redteam154/rt154-13", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam154/rt154-13", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam154/rt154-13", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam154/rt154-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam154/rt154-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam154/rt154-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam154/rt154-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam154/rt154-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam154/rt154-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam154/rt154-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam154/rt154-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam154/rt154-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam154/rt154-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam154/rt154-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam154/rt154-14", "redteam156/rt156-14"),  # passes 156/157, natural
    ("redteam154/rt154-14", "redteam157/rt157-14"),  # passes 156/157, natural
    ("redteam154/rt154-14", "redteam158/rt158-14"),  # passes 158/159, natural
    ("redteam154/rt154-14", "redteam159/rt159-14"),  # passes 158/159, natural
    ("redteam154/rt154-14", "redteam160/rt160-14"),  # passes 160/161, natural
    ("redteam154/rt154-14", "redteam161/rt161-14"),  # passes 160/161, natural
    ("redteam154/rt154-14", "redteam162/rt162-14"),  # passes 162/163, natural
    ("redteam154/rt154-14", "redteam163/rt163-14"),  # passes 162/163, natural
    ("redteam154/rt154-14", "redteam164/rt164-14"),  # passes 164/165, natural
    ("redteam154/rt154-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam154/rt154-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam154/rt154-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam154/rt154-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam154/rt154-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam154/rt154-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam154/rt154-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam154/rt154-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam154/rt154-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam154/rt154-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam154/rt154-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam154/rt154-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam154/rt154-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam154/rt154-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam154/rt154-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam154/rt154-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam154/rt154-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam154/rt154-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam154/rt154-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam154/rt154-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam154/rt154-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam154/rt154-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam154/rt154-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam154/rt154-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam154/rt154-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam154/rt154-14", "redteam32/rt32-12"),  # passes 154/155, natural
    ("redteam155/rt155-11", "redteam177/rt177-12"),  # passes 176/177, natural
    ("redteam155/rt155-12", "redteam172/rt172-12"),  # passes 172/173, natural
    ("redteam155/rt155-12", "redteam185/rt185-11"),  # passes 184/185, natural
    ("redteam155/rt155-13", "redteam160/rt160-13"),  # passes 160/161, natural
    ("redteam155/rt155-13", "redteam162/rt162-13"),  # passes 162/163, natural
    ("redteam155/rt155-13", "redteam164/rt164-13"),  # passes 164/165, natural
    ("redteam155/rt155-13", "redteam166/rt166-13"),  # passes 166/167, natural
    ("redteam155/rt155-13", "redteam167/rt167-13"),  # passes 166/167, natural
    ("redteam155/rt155-13", "redteam168/rt168-13"),  # passes 168/169, natural
    ("redteam155/rt155-13", "redteam169/rt169-13"),  # passes 168/169, natural
    ("redteam155/rt155-13", "redteam170/rt170-13"),  # passes 170/171, natural
    ("redteam155/rt155-13", "redteam171/rt171-13"),  # passes 170/171, natural
    ("redteam155/rt155-13", "redteam172/rt172-13"),  # passes 172/173, natural
    ("redteam155/rt155-13", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam155/rt155-13", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam155/rt155-13", "redteam55/rt55-13"),  # passes 154/155, natural
    ("redteam155/rt155-14", "redteam172/rt172-14"),  # passes 172/173, natural
    ("redteam155/rt155-14", "redteam45/rt45-15"),  # passes 154/155, natural
    ("redteam156/rt156-11", "redteam157/rt157-11"),  # passes 156/157, natural
    ("redteam156/rt156-11", "redteam158/rt158-11"),  # passes 158/159, natural
    ("redteam156/rt156-11", "redteam159/rt159-11"),  # passes 158/159, natural
    ("redteam156/rt156-11", "redteam160/rt160-11"),  # passes 160/161, natural
    ("redteam156/rt156-11", "redteam161/rt161-11"),  # passes 160/161, natural
    ("redteam156/rt156-11", "redteam162/rt162-11"),  # passes 162/163, natural
    ("redteam156/rt156-11", "redteam163/rt163-11"),  # passes 162/163, natural
    ("redteam156/rt156-11", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam156/rt156-11", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam156/rt156-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam156/rt156-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam156/rt156-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam156/rt156-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam156/rt156-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam156/rt156-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam156/rt156-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam156/rt156-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam156/rt156-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam156/rt156-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam156/rt156-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam156/rt156-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam156/rt156-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam156/rt156-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam156/rt156-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam156/rt156-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam156/rt156-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam156/rt156-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam156/rt156-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam156/rt156-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam156/rt156-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam156/rt156-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam156/rt156-11", "redteam31/rt31-12"),  # passes 156/157, natural
    ("redteam156/rt156-12", "redteam157/rt157-12"),  # passes 156/157, natural
    ("redteam156/rt156-12", "redteam158/rt158-12"),  # passes 158/159, natural
    ("redteam156/rt156-12", "redteam159/rt159-12"),  # passes 158/159, natural
    ("redteam156/rt156-12", "redteam160/rt160-12"),  # passes 160/161, natural
    ("redteam156/rt156-12", "redteam161/rt161-12"),  # passes 160/161, natural
    ("redteam156/rt156-12", "redteam162/rt162-12"),  # passes 162/163, natural
    ("redteam156/rt156-12", "redteam163/rt163-12"),  # passes 162/163, natural
    ("redteam156/rt156-12", "redteam164/rt164-12"),  # passes 164/165, natural
    ("redteam156/rt156-12", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam156/rt156-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam156/rt156-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam156/rt156-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam156/rt156-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam156/rt156-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam156/rt156-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam156/rt156-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam156/rt156-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam156/rt156-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam156/rt156-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam156/rt156-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam156/rt156-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam156/rt156-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam156/rt156-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam156/rt156-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam156/rt156-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam156/rt156-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam156/rt156-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam156/rt156-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam156/rt156-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam156/rt156-13", "redteam157/rt157-13"),  # passes 156/157, natural
    ("redteam156/rt156-13", "redteam159/rt159-13"),  # passes 158/159, natural
    ("redteam156/rt156-13", "redteam161/rt161-13"),  # passes 160/161, natural
    ("redteam156/rt156-13", "redteam174/rt174-13"),  # passes 174/175, natural
    ("redteam156/rt156-13", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam156/rt156-13", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam156/rt156-13", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam156/rt156-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam156/rt156-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam156/rt156-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam156/rt156-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam156/rt156-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam156/rt156-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam156/rt156-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam156/rt156-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam156/rt156-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam156/rt156-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam156/rt156-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam156/rt156-14", "redteam157/rt157-14"),  # passes 156/157, natural
    ("redteam156/rt156-14", "redteam158/rt158-14"),  # passes 158/159, natural
    ("redteam156/rt156-14", "redteam159/rt159-14"),  # passes 158/159, natural
    ("redteam156/rt156-14", "redteam160/rt160-14"),  # passes 160/161, natural
    ("redteam156/rt156-14", "redteam161/rt161-14"),  # passes 160/161, natural
    ("redteam156/rt156-14", "redteam162/rt162-14"),  # passes 162/163, natural
    ("redteam156/rt156-14", "redteam163/rt163-14"),  # passes 162/163, natural
    ("redteam156/rt156-14", "redteam164/rt164-14"),  # passes 164/165, natural
    ("redteam156/rt156-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam156/rt156-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam156/rt156-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam156/rt156-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam156/rt156-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam156/rt156-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam156/rt156-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam156/rt156-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam156/rt156-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam156/rt156-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam156/rt156-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam156/rt156-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam156/rt156-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam156/rt156-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam156/rt156-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam156/rt156-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam156/rt156-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam156/rt156-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam156/rt156-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam156/rt156-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam156/rt156-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam156/rt156-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam156/rt156-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam156/rt156-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam156/rt156-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam156/rt156-14", "redteam32/rt32-12"),  # passes 156/157, natural
    ("redteam157/rt157-11", "redteam158/rt158-11"),  # passes 158/159, natural
    ("redteam157/rt157-11", "redteam159/rt159-11"),  # passes 158/159, natural
    ("redteam157/rt157-11", "redteam160/rt160-11"),  # passes 160/161, natural
    ("redteam157/rt157-11", "redteam161/rt161-11"),  # passes 160/161, natural
    ("redteam157/rt157-11", "redteam162/rt162-11"),  # passes 162/163, natural
    ("redteam157/rt157-11", "redteam163/rt163-11"),  # passes 162/163, natural
    ("redteam157/rt157-11", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam157/rt157-11", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam157/rt157-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam157/rt157-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam157/rt157-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam157/rt157-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam157/rt157-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam157/rt157-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam157/rt157-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam157/rt157-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam157/rt157-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam157/rt157-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam157/rt157-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam157/rt157-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam157/rt157-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam157/rt157-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam157/rt157-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam157/rt157-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam157/rt157-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam157/rt157-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam157/rt157-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam157/rt157-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam157/rt157-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam157/rt157-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam157/rt157-11", "redteam31/rt31-12"),  # passes 156/157, natural
    ("redteam157/rt157-12", "redteam158/rt158-12"),  # passes 158/159, natural
    ("redteam157/rt157-12", "redteam159/rt159-12"),  # passes 158/159, natural
    ("redteam157/rt157-12", "redteam160/rt160-12"),  # passes 160/161, natural
    ("redteam157/rt157-12", "redteam161/rt161-12"),  # passes 160/161, natural
    ("redteam157/rt157-12", "redteam162/rt162-12"),  # passes 162/163, natural
    ("redteam157/rt157-12", "redteam163/rt163-12"),  # passes 162/163, natural
    ("redteam157/rt157-12", "redteam164/rt164-12"),  # passes 164/165, natural
    ("redteam157/rt157-12", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam157/rt157-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam157/rt157-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam157/rt157-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam157/rt157-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam157/rt157-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam157/rt157-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam157/rt157-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam157/rt157-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam157/rt157-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam157/rt157-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam157/rt157-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam157/rt157-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam157/rt157-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam157/rt157-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam157/rt157-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam157/rt157-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam157/rt157-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam157/rt157-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam157/rt157-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam157/rt157-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam157/rt157-13", "redteam159/rt159-13"),  # passes 158/159, natural
    ("redteam157/rt157-13", "redteam161/rt161-13"),  # passes 160/161, natural
    ("redteam157/rt157-13", "redteam174/rt174-13"),  # passes 174/175, natural
    ("redteam157/rt157-13", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam157/rt157-13", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam157/rt157-13", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam157/rt157-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam157/rt157-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam157/rt157-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam157/rt157-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam157/rt157-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam157/rt157-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam157/rt157-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam157/rt157-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam157/rt157-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam157/rt157-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam157/rt157-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam157/rt157-14", "redteam158/rt158-14"),  # passes 158/159, natural
    ("redteam157/rt157-14", "redteam159/rt159-14"),  # passes 158/159, natural
    ("redteam157/rt157-14", "redteam160/rt160-14"),  # passes 160/161, natural
    ("redteam157/rt157-14", "redteam161/rt161-14"),  # passes 160/161, natural
    ("redteam157/rt157-14", "redteam162/rt162-14"),  # passes 162/163, natural
    ("redteam157/rt157-14", "redteam163/rt163-14"),  # passes 162/163, natural
    ("redteam157/rt157-14", "redteam164/rt164-14"),  # passes 164/165, natural
    ("redteam157/rt157-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam157/rt157-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam157/rt157-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam157/rt157-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam157/rt157-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam157/rt157-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam157/rt157-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam157/rt157-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam157/rt157-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam157/rt157-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam157/rt157-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam157/rt157-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam157/rt157-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam157/rt157-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam157/rt157-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam157/rt157-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam157/rt157-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam157/rt157-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam157/rt157-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam157/rt157-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam157/rt157-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam157/rt157-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam157/rt157-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam157/rt157-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam157/rt157-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam157/rt157-14", "redteam32/rt32-12"),  # passes 156/157, natural
    ("redteam158/rt158-11", "redteam159/rt159-11"),  # passes 158/159, natural
    ("redteam158/rt158-11", "redteam160/rt160-11"),  # passes 160/161, natural
    ("redteam158/rt158-11", "redteam161/rt161-11"),  # passes 160/161, natural
    ("redteam158/rt158-11", "redteam162/rt162-11"),  # passes 162/163, natural
    ("redteam158/rt158-11", "redteam163/rt163-11"),  # passes 162/163, natural
    ("redteam158/rt158-11", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam158/rt158-11", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam158/rt158-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam158/rt158-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam158/rt158-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam158/rt158-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam158/rt158-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam158/rt158-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam158/rt158-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam158/rt158-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam158/rt158-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam158/rt158-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam158/rt158-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam158/rt158-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam158/rt158-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam158/rt158-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam158/rt158-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam158/rt158-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam158/rt158-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam158/rt158-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam158/rt158-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam158/rt158-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam158/rt158-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam158/rt158-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam158/rt158-11", "redteam31/rt31-12"),  # passes 158/159, natural
    ("redteam158/rt158-12", "redteam159/rt159-12"),  # passes 158/159, natural
    ("redteam158/rt158-12", "redteam160/rt160-12"),  # passes 160/161, natural
    ("redteam158/rt158-12", "redteam161/rt161-12"),  # passes 160/161, natural
    ("redteam158/rt158-12", "redteam162/rt162-12"),  # passes 162/163, natural
    ("redteam158/rt158-12", "redteam163/rt163-12"),  # passes 162/163, natural
    ("redteam158/rt158-12", "redteam164/rt164-12"),  # passes 164/165, natural
    ("redteam158/rt158-12", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam158/rt158-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam158/rt158-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam158/rt158-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam158/rt158-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam158/rt158-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam158/rt158-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam158/rt158-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam158/rt158-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam158/rt158-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam158/rt158-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam158/rt158-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam158/rt158-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam158/rt158-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam158/rt158-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam158/rt158-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam158/rt158-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam158/rt158-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam158/rt158-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam158/rt158-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam158/rt158-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam158/rt158-13", "redteam163/rt163-13"),  # passes 162/163, natural
    ("redteam158/rt158-13", "redteam165/rt165-13"),  # passes 164/165, natural
    ("redteam158/rt158-13", "redteam176/rt176-13"),  # passes 176/177, natural
    ("redteam158/rt158-13", "redteam179/rt179-13"),  # passes 178/179, natural
    ("redteam158/rt158-13", "redteam181/rt181-13"),  # passes 180/181, natural
    ("redteam158/rt158-13", "redteam184/rt184-13"),  # passes 184/185, natural
    ("redteam158/rt158-14", "redteam159/rt159-14"),  # passes 158/159, natural
    ("redteam158/rt158-14", "redteam160/rt160-14"),  # passes 160/161, natural
    ("redteam158/rt158-14", "redteam161/rt161-14"),  # passes 160/161, natural
    ("redteam158/rt158-14", "redteam162/rt162-14"),  # passes 162/163, natural
    ("redteam158/rt158-14", "redteam163/rt163-14"),  # passes 162/163, natural
    ("redteam158/rt158-14", "redteam164/rt164-14"),  # passes 164/165, natural
    ("redteam158/rt158-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam158/rt158-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam158/rt158-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam158/rt158-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam158/rt158-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam158/rt158-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam158/rt158-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam158/rt158-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam158/rt158-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam158/rt158-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam158/rt158-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam158/rt158-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam158/rt158-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam158/rt158-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam158/rt158-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam158/rt158-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam158/rt158-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam158/rt158-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam158/rt158-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam158/rt158-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam158/rt158-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam158/rt158-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam158/rt158-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam158/rt158-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam158/rt158-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam158/rt158-14", "redteam32/rt32-12"),  # passes 158/159, natural
    ("redteam159/rt159-11", "redteam160/rt160-11"),  # passes 160/161, natural
    ("redteam159/rt159-11", "redteam161/rt161-11"),  # passes 160/161, natural
    ("redteam159/rt159-11", "redteam162/rt162-11"),  # passes 162/163, natural
    ("redteam159/rt159-11", "redteam163/rt163-11"),  # passes 162/163, natural
    ("redteam159/rt159-11", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam159/rt159-11", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam159/rt159-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam159/rt159-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam159/rt159-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam159/rt159-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam159/rt159-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam159/rt159-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam159/rt159-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam159/rt159-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam159/rt159-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam159/rt159-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam159/rt159-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam159/rt159-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam159/rt159-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam159/rt159-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam159/rt159-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam159/rt159-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam159/rt159-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam159/rt159-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam159/rt159-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam159/rt159-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam159/rt159-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam159/rt159-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam159/rt159-11", "redteam31/rt31-12"),  # passes 158/159, natural
    ("redteam159/rt159-12", "redteam160/rt160-12"),  # passes 160/161, natural
    ("redteam159/rt159-12", "redteam161/rt161-12"),  # passes 160/161, natural
    ("redteam159/rt159-12", "redteam162/rt162-12"),  # passes 162/163, natural
    ("redteam159/rt159-12", "redteam163/rt163-12"),  # passes 162/163, natural
    ("redteam159/rt159-12", "redteam164/rt164-12"),  # passes 164/165, natural
    ("redteam159/rt159-12", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam159/rt159-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam159/rt159-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam159/rt159-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam159/rt159-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam159/rt159-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam159/rt159-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam159/rt159-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam159/rt159-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam159/rt159-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam159/rt159-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam159/rt159-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam159/rt159-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam159/rt159-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam159/rt159-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam159/rt159-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam159/rt159-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam159/rt159-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam159/rt159-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam159/rt159-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam159/rt159-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam159/rt159-13", "redteam161/rt161-13"),  # passes 160/161, natural
    ("redteam159/rt159-13", "redteam174/rt174-13"),  # passes 174/175, natural
    ("redteam159/rt159-13", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam159/rt159-13", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam159/rt159-13", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam159/rt159-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam159/rt159-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam159/rt159-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam159/rt159-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam159/rt159-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam159/rt159-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam159/rt159-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam159/rt159-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam159/rt159-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam159/rt159-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam159/rt159-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam159/rt159-14", "redteam160/rt160-14"),  # passes 160/161, natural
    ("redteam159/rt159-14", "redteam161/rt161-14"),  # passes 160/161, natural
    ("redteam159/rt159-14", "redteam162/rt162-14"),  # passes 162/163, natural
    ("redteam159/rt159-14", "redteam163/rt163-14"),  # passes 162/163, natural
    ("redteam159/rt159-14", "redteam164/rt164-14"),  # passes 164/165, natural
    ("redteam159/rt159-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam159/rt159-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam159/rt159-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam159/rt159-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam159/rt159-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam159/rt159-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam159/rt159-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam159/rt159-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam159/rt159-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam159/rt159-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam159/rt159-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam159/rt159-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam159/rt159-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam159/rt159-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam159/rt159-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam159/rt159-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam159/rt159-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam159/rt159-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam159/rt159-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam159/rt159-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam159/rt159-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam159/rt159-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam159/rt159-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam159/rt159-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam159/rt159-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam159/rt159-14", "redteam32/rt32-12"),  # passes 158/159, natural
    ("redteam160/rt160-11", "redteam161/rt161-11"),  # passes 160/161, natural
    ("redteam160/rt160-11", "redteam162/rt162-11"),  # passes 162/163, natural
    ("redteam160/rt160-11", "redteam163/rt163-11"),  # passes 162/163, natural
    ("redteam160/rt160-11", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam160/rt160-11", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam160/rt160-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam160/rt160-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam160/rt160-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam160/rt160-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam160/rt160-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam160/rt160-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam160/rt160-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam160/rt160-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam160/rt160-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam160/rt160-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam160/rt160-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam160/rt160-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam160/rt160-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam160/rt160-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam160/rt160-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam160/rt160-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam160/rt160-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam160/rt160-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam160/rt160-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam160/rt160-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam160/rt160-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam160/rt160-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam160/rt160-11", "redteam31/rt31-12"),  # passes 160/161, natural
    ("redteam160/rt160-12", "redteam161/rt161-12"),  # passes 160/161, natural
    ("redteam160/rt160-12", "redteam162/rt162-12"),  # passes 162/163, natural
    ("redteam160/rt160-12", "redteam163/rt163-12"),  # passes 162/163, natural
    ("redteam160/rt160-12", "redteam164/rt164-12"),  # passes 164/165, natural
    ("redteam160/rt160-12", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam160/rt160-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam160/rt160-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam160/rt160-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam160/rt160-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam160/rt160-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam160/rt160-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam160/rt160-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam160/rt160-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam160/rt160-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam160/rt160-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam160/rt160-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam160/rt160-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam160/rt160-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam160/rt160-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam160/rt160-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam160/rt160-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam160/rt160-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam160/rt160-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam160/rt160-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam160/rt160-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam160/rt160-13", "redteam162/rt162-13"),  # passes 162/163, natural
    ("redteam160/rt160-13", "redteam164/rt164-13"),  # passes 164/165, natural
    ("redteam160/rt160-13", "redteam166/rt166-13"),  # passes 166/167, natural
    ("redteam160/rt160-13", "redteam167/rt167-13"),  # passes 166/167, natural
    ("redteam160/rt160-13", "redteam168/rt168-13"),  # passes 168/169, natural
    ("redteam160/rt160-13", "redteam169/rt169-13"),  # passes 168/169, natural
    ("redteam160/rt160-13", "redteam170/rt170-13"),  # passes 170/171, natural
    ("redteam160/rt160-13", "redteam171/rt171-13"),  # passes 170/171, natural
    ("redteam160/rt160-13", "redteam172/rt172-13"),  # passes 172/173, natural
    ("redteam160/rt160-13", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam160/rt160-13", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam160/rt160-13", "redteam55/rt55-13"),  # passes 160/161, natural
    ("redteam160/rt160-14", "redteam161/rt161-14"),  # passes 160/161, natural
    ("redteam160/rt160-14", "redteam162/rt162-14"),  # passes 162/163, natural
    ("redteam160/rt160-14", "redteam163/rt163-14"),  # passes 162/163, natural
    ("redteam160/rt160-14", "redteam164/rt164-14"),  # passes 164/165, natural
    ("redteam160/rt160-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam160/rt160-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam160/rt160-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam160/rt160-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam160/rt160-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam160/rt160-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam160/rt160-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam160/rt160-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam160/rt160-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam160/rt160-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam160/rt160-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam160/rt160-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam160/rt160-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam160/rt160-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam160/rt160-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam160/rt160-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam160/rt160-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam160/rt160-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam160/rt160-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam160/rt160-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam160/rt160-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam160/rt160-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam160/rt160-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam160/rt160-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam160/rt160-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam160/rt160-14", "redteam32/rt32-12"),  # passes 160/161, natural
    ("redteam161/rt161-11", "redteam162/rt162-11"),  # passes 162/163, natural
    ("redteam161/rt161-11", "redteam163/rt163-11"),  # passes 162/163, natural
    ("redteam161/rt161-11", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam161/rt161-11", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam161/rt161-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam161/rt161-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam161/rt161-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam161/rt161-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam161/rt161-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam161/rt161-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam161/rt161-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam161/rt161-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam161/rt161-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam161/rt161-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam161/rt161-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam161/rt161-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam161/rt161-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam161/rt161-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam161/rt161-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam161/rt161-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam161/rt161-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam161/rt161-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam161/rt161-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam161/rt161-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam161/rt161-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam161/rt161-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam161/rt161-11", "redteam31/rt31-12"),  # passes 160/161, natural
    ("redteam161/rt161-12", "redteam162/rt162-12"),  # passes 162/163, natural
    ("redteam161/rt161-12", "redteam163/rt163-12"),  # passes 162/163, natural
    ("redteam161/rt161-12", "redteam164/rt164-12"),  # passes 164/165, natural
    ("redteam161/rt161-12", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam161/rt161-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam161/rt161-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam161/rt161-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam161/rt161-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam161/rt161-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam161/rt161-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam161/rt161-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam161/rt161-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam161/rt161-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam161/rt161-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam161/rt161-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam161/rt161-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam161/rt161-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam161/rt161-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam161/rt161-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam161/rt161-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam161/rt161-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam161/rt161-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam161/rt161-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam161/rt161-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam161/rt161-13", "redteam174/rt174-13"),  # passes 174/175, natural
    ("redteam161/rt161-13", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam161/rt161-13", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam161/rt161-13", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam161/rt161-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam161/rt161-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam161/rt161-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam161/rt161-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam161/rt161-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam161/rt161-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam161/rt161-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam161/rt161-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam161/rt161-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam161/rt161-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam161/rt161-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam161/rt161-14", "redteam162/rt162-14"),  # passes 162/163, natural
    ("redteam161/rt161-14", "redteam163/rt163-14"),  # passes 162/163, natural
    ("redteam161/rt161-14", "redteam164/rt164-14"),  # passes 164/165, natural
    ("redteam161/rt161-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam161/rt161-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam161/rt161-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam161/rt161-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam161/rt161-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam161/rt161-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam161/rt161-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam161/rt161-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam161/rt161-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam161/rt161-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam161/rt161-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam161/rt161-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam161/rt161-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam161/rt161-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam161/rt161-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam161/rt161-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam161/rt161-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam161/rt161-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam161/rt161-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam161/rt161-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam161/rt161-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam161/rt161-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam161/rt161-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam161/rt161-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam161/rt161-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam161/rt161-14", "redteam32/rt32-12"),  # passes 160/161, natural
    ("redteam162/rt162-11", "redteam163/rt163-11"),  # passes 162/163, natural
    ("redteam162/rt162-11", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam162/rt162-11", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam162/rt162-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam162/rt162-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam162/rt162-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam162/rt162-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam162/rt162-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam162/rt162-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam162/rt162-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam162/rt162-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam162/rt162-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam162/rt162-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam162/rt162-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam162/rt162-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam162/rt162-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam162/rt162-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam162/rt162-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam162/rt162-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam162/rt162-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam162/rt162-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam162/rt162-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam162/rt162-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam162/rt162-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam162/rt162-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam162/rt162-11", "redteam31/rt31-12"),  # passes 162/163, natural
    ("redteam162/rt162-12", "redteam163/rt163-12"),  # passes 162/163, natural
    ("redteam162/rt162-12", "redteam164/rt164-12"),  # passes 164/165, natural
    ("redteam162/rt162-12", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam162/rt162-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam162/rt162-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam162/rt162-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam162/rt162-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam162/rt162-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam162/rt162-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam162/rt162-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam162/rt162-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam162/rt162-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam162/rt162-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam162/rt162-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam162/rt162-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam162/rt162-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam162/rt162-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam162/rt162-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam162/rt162-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam162/rt162-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam162/rt162-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam162/rt162-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam162/rt162-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam162/rt162-13", "redteam164/rt164-13"),  # passes 164/165, natural
    ("redteam162/rt162-13", "redteam166/rt166-13"),  # passes 166/167, natural
    ("redteam162/rt162-13", "redteam167/rt167-13"),  # passes 166/167, natural
    ("redteam162/rt162-13", "redteam168/rt168-13"),  # passes 168/169, natural
    ("redteam162/rt162-13", "redteam169/rt169-13"),  # passes 168/169, natural
    ("redteam162/rt162-13", "redteam170/rt170-13"),  # passes 170/171, natural
    ("redteam162/rt162-13", "redteam171/rt171-13"),  # passes 170/171, natural
    ("redteam162/rt162-13", "redteam172/rt172-13"),  # passes 172/173, natural
    ("redteam162/rt162-13", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam162/rt162-13", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam162/rt162-13", "redteam55/rt55-13"),  # passes 162/163, natural
    ("redteam162/rt162-14", "redteam163/rt163-14"),  # passes 162/163, natural
    ("redteam162/rt162-14", "redteam164/rt164-14"),  # passes 164/165, natural
    ("redteam162/rt162-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam162/rt162-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam162/rt162-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam162/rt162-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam162/rt162-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam162/rt162-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam162/rt162-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam162/rt162-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam162/rt162-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam162/rt162-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam162/rt162-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam162/rt162-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam162/rt162-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam162/rt162-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam162/rt162-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam162/rt162-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam162/rt162-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam162/rt162-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam162/rt162-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam162/rt162-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam162/rt162-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam162/rt162-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam162/rt162-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam162/rt162-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam162/rt162-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam162/rt162-14", "redteam32/rt32-12"),  # passes 162/163, natural
    ("redteam163/rt163-11", "redteam164/rt164-11"),  # passes 164/165, natural
    ("redteam163/rt163-11", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam163/rt163-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam163/rt163-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam163/rt163-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam163/rt163-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam163/rt163-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam163/rt163-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam163/rt163-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam163/rt163-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam163/rt163-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam163/rt163-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam163/rt163-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam163/rt163-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam163/rt163-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam163/rt163-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam163/rt163-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam163/rt163-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam163/rt163-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam163/rt163-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam163/rt163-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam163/rt163-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam163/rt163-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam163/rt163-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam163/rt163-11", "redteam31/rt31-12"),  # passes 162/163, natural
    ("redteam163/rt163-12", "redteam164/rt164-12"),  # passes 164/165, natural
    ("redteam163/rt163-12", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam163/rt163-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam163/rt163-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam163/rt163-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam163/rt163-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam163/rt163-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam163/rt163-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam163/rt163-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam163/rt163-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam163/rt163-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam163/rt163-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam163/rt163-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam163/rt163-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam163/rt163-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam163/rt163-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam163/rt163-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam163/rt163-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam163/rt163-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam163/rt163-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam163/rt163-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam163/rt163-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam163/rt163-13", "redteam165/rt165-13"),  # passes 164/165, natural
    ("redteam163/rt163-13", "redteam176/rt176-13"),  # passes 176/177, natural
    ("redteam163/rt163-13", "redteam179/rt179-13"),  # passes 178/179, natural
    ("redteam163/rt163-13", "redteam181/rt181-13"),  # passes 180/181, natural
    ("redteam163/rt163-13", "redteam184/rt184-13"),  # passes 184/185, natural
    ("redteam163/rt163-14", "redteam164/rt164-14"),  # passes 164/165, natural
    ("redteam163/rt163-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam163/rt163-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam163/rt163-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam163/rt163-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam163/rt163-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam163/rt163-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam163/rt163-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam163/rt163-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam163/rt163-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam163/rt163-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam163/rt163-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam163/rt163-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam163/rt163-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam163/rt163-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam163/rt163-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam163/rt163-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam163/rt163-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam163/rt163-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam163/rt163-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam163/rt163-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam163/rt163-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam163/rt163-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam163/rt163-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam163/rt163-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam163/rt163-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam163/rt163-14", "redteam32/rt32-12"),  # passes 162/163, natural
    ("redteam164/rt164-11", "redteam165/rt165-11"),  # passes 164/165, natural
    ("redteam164/rt164-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam164/rt164-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam164/rt164-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam164/rt164-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam164/rt164-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam164/rt164-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam164/rt164-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam164/rt164-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam164/rt164-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam164/rt164-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam164/rt164-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam164/rt164-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam164/rt164-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam164/rt164-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam164/rt164-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam164/rt164-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam164/rt164-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam164/rt164-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam164/rt164-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam164/rt164-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam164/rt164-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam164/rt164-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam164/rt164-11", "redteam31/rt31-12"),  # passes 164/165, natural
    ("redteam164/rt164-12", "redteam165/rt165-12"),  # passes 164/165, natural
    ("redteam164/rt164-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam164/rt164-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam164/rt164-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam164/rt164-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam164/rt164-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam164/rt164-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam164/rt164-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam164/rt164-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam164/rt164-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam164/rt164-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam164/rt164-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam164/rt164-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam164/rt164-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam164/rt164-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam164/rt164-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam164/rt164-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam164/rt164-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam164/rt164-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam164/rt164-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam164/rt164-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam164/rt164-13", "redteam166/rt166-13"),  # passes 166/167, natural
    ("redteam164/rt164-13", "redteam167/rt167-13"),  # passes 166/167, natural
    ("redteam164/rt164-13", "redteam168/rt168-13"),  # passes 168/169, natural
    ("redteam164/rt164-13", "redteam169/rt169-13"),  # passes 168/169, natural
    ("redteam164/rt164-13", "redteam170/rt170-13"),  # passes 170/171, natural
    ("redteam164/rt164-13", "redteam171/rt171-13"),  # passes 170/171, natural
    ("redteam164/rt164-13", "redteam172/rt172-13"),  # passes 172/173, natural
    ("redteam164/rt164-13", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam164/rt164-13", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam164/rt164-13", "redteam55/rt55-13"),  # passes 164/165, natural
    ("redteam164/rt164-14", "redteam165/rt165-14"),  # passes 164/165, natural
    ("redteam164/rt164-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam164/rt164-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam164/rt164-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam164/rt164-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam164/rt164-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam164/rt164-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam164/rt164-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam164/rt164-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam164/rt164-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam164/rt164-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam164/rt164-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam164/rt164-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam164/rt164-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam164/rt164-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam164/rt164-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam164/rt164-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam164/rt164-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam164/rt164-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam164/rt164-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam164/rt164-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam164/rt164-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam164/rt164-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam164/rt164-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam164/rt164-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam164/rt164-14", "redteam32/rt32-12"),  # passes 164/165, natural
    ("redteam165/rt165-11", "redteam166/rt166-11"),  # passes 166/167, natural
    ("redteam165/rt165-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam165/rt165-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam165/rt165-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam165/rt165-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam165/rt165-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam165/rt165-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam165/rt165-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam165/rt165-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam165/rt165-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam165/rt165-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam165/rt165-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam165/rt165-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam165/rt165-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam165/rt165-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam165/rt165-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam165/rt165-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam165/rt165-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam165/rt165-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam165/rt165-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam165/rt165-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam165/rt165-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam165/rt165-11", "redteam31/rt31-12"),  # passes 164/165, natural
    ("redteam165/rt165-12", "redteam166/rt166-12"),  # passes 166/167, natural
    ("redteam165/rt165-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam165/rt165-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam165/rt165-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam165/rt165-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam165/rt165-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam165/rt165-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam165/rt165-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam165/rt165-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam165/rt165-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam165/rt165-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam165/rt165-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam165/rt165-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam165/rt165-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam165/rt165-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam165/rt165-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam165/rt165-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam165/rt165-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam165/rt165-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam165/rt165-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam165/rt165-13", "redteam176/rt176-13"),  # passes 176/177, natural
    ("redteam165/rt165-13", "redteam179/rt179-13"),  # passes 178/179, natural
    ("redteam165/rt165-13", "redteam181/rt181-13"),  # passes 180/181, natural
    ("redteam165/rt165-13", "redteam184/rt184-13"),  # passes 184/185, natural
    ("redteam165/rt165-14", "redteam166/rt166-14"),  # passes 166/167, natural
    ("redteam165/rt165-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam165/rt165-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam165/rt165-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam165/rt165-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam165/rt165-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam165/rt165-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam165/rt165-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam165/rt165-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam165/rt165-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam165/rt165-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam165/rt165-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam165/rt165-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam165/rt165-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam165/rt165-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam165/rt165-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam165/rt165-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam165/rt165-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam165/rt165-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam165/rt165-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam165/rt165-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam165/rt165-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam165/rt165-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam165/rt165-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam165/rt165-14", "redteam32/rt32-12"),  # passes 164/165, natural
    ("redteam166/rt166-11", "redteam167/rt167-11"),  # passes 166/167, natural
    ("redteam166/rt166-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam166/rt166-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam166/rt166-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam166/rt166-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam166/rt166-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam166/rt166-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam166/rt166-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam166/rt166-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam166/rt166-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam166/rt166-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam166/rt166-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam166/rt166-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam166/rt166-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam166/rt166-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam166/rt166-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam166/rt166-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam166/rt166-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam166/rt166-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam166/rt166-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam166/rt166-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam166/rt166-11", "redteam31/rt31-12"),  # passes 166/167, natural
    ("redteam166/rt166-12", "redteam167/rt167-12"),  # passes 166/167, natural
    ("redteam166/rt166-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam166/rt166-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam166/rt166-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam166/rt166-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam166/rt166-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam166/rt166-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam166/rt166-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam166/rt166-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam166/rt166-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam166/rt166-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam166/rt166-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam166/rt166-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam166/rt166-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam166/rt166-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam166/rt166-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam166/rt166-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam166/rt166-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam166/rt166-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam166/rt166-13", "redteam167/rt167-13"),  # passes 166/167, natural
    ("redteam166/rt166-13", "redteam168/rt168-13"),  # passes 168/169, natural
    ("redteam166/rt166-13", "redteam169/rt169-13"),  # passes 168/169, natural
    ("redteam166/rt166-13", "redteam170/rt170-13"),  # passes 170/171, natural
    ("redteam166/rt166-13", "redteam171/rt171-13"),  # passes 170/171, natural
    ("redteam166/rt166-13", "redteam172/rt172-13"),  # passes 172/173, natural
    ("redteam166/rt166-13", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam166/rt166-13", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam166/rt166-13", "redteam55/rt55-13"),  # passes 166/167, natural
    ("redteam166/rt166-14", "redteam167/rt167-14"),  # passes 166/167, natural
    ("redteam166/rt166-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam166/rt166-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam166/rt166-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam166/rt166-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam166/rt166-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam166/rt166-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam166/rt166-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam166/rt166-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam166/rt166-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam166/rt166-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam166/rt166-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam166/rt166-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam166/rt166-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam166/rt166-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam166/rt166-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam166/rt166-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam166/rt166-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam166/rt166-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam166/rt166-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam166/rt166-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam166/rt166-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam166/rt166-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam166/rt166-14", "redteam32/rt32-12"),  # passes 166/167, natural
    ("redteam167/rt167-11", "redteam168/rt168-11"),  # passes 168/169, natural
    ("redteam167/rt167-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam167/rt167-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam167/rt167-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam167/rt167-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam167/rt167-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam167/rt167-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam167/rt167-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam167/rt167-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam167/rt167-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam167/rt167-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam167/rt167-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam167/rt167-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam167/rt167-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam167/rt167-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam167/rt167-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam167/rt167-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam167/rt167-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam167/rt167-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam167/rt167-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam167/rt167-11", "redteam31/rt31-12"),  # passes 166/167, natural
    ("redteam167/rt167-12", "redteam168/rt168-12"),  # passes 168/169, natural
    ("redteam167/rt167-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam167/rt167-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam167/rt167-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam167/rt167-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam167/rt167-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam167/rt167-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam167/rt167-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam167/rt167-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam167/rt167-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam167/rt167-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam167/rt167-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam167/rt167-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam167/rt167-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam167/rt167-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam167/rt167-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam167/rt167-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam167/rt167-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam167/rt167-13", "redteam168/rt168-13"),  # passes 168/169, natural
    ("redteam167/rt167-13", "redteam169/rt169-13"),  # passes 168/169, natural
    ("redteam167/rt167-13", "redteam170/rt170-13"),  # passes 170/171, natural
    ("redteam167/rt167-13", "redteam171/rt171-13"),  # passes 170/171, natural
    ("redteam167/rt167-13", "redteam172/rt172-13"),  # passes 172/173, natural
    ("redteam167/rt167-13", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam167/rt167-13", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam167/rt167-13", "redteam55/rt55-13"),  # passes 166/167, natural
    ("redteam167/rt167-14", "redteam168/rt168-14"),  # passes 168/169, natural
    ("redteam167/rt167-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam167/rt167-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam167/rt167-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam167/rt167-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam167/rt167-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam167/rt167-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam167/rt167-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam167/rt167-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam167/rt167-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam167/rt167-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam167/rt167-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam167/rt167-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam167/rt167-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam167/rt167-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam167/rt167-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam167/rt167-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam167/rt167-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam167/rt167-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam167/rt167-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam167/rt167-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam167/rt167-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam167/rt167-14", "redteam32/rt32-12"),  # passes 166/167, natural
    ("redteam168/rt168-11", "redteam169/rt169-11"),  # passes 168/169, natural
    ("redteam168/rt168-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam168/rt168-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam168/rt168-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam168/rt168-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam168/rt168-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam168/rt168-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam168/rt168-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam168/rt168-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam168/rt168-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam168/rt168-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam168/rt168-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam168/rt168-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam168/rt168-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam168/rt168-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam168/rt168-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam168/rt168-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam168/rt168-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam168/rt168-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam168/rt168-11", "redteam31/rt31-12"),  # passes 168/169, natural
    ("redteam168/rt168-12", "redteam169/rt169-12"),  # passes 168/169, natural
    ("redteam168/rt168-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam168/rt168-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam168/rt168-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam168/rt168-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam168/rt168-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam168/rt168-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam168/rt168-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam168/rt168-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam168/rt168-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam168/rt168-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam168/rt168-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam168/rt168-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam168/rt168-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam168/rt168-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam168/rt168-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam168/rt168-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam168/rt168-13", "redteam169/rt169-13"),  # passes 168/169, natural
    ("redteam168/rt168-13", "redteam170/rt170-13"),  # passes 170/171, natural
    ("redteam168/rt168-13", "redteam171/rt171-13"),  # passes 170/171, natural
    ("redteam168/rt168-13", "redteam172/rt172-13"),  # passes 172/173, natural
    ("redteam168/rt168-13", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam168/rt168-13", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam168/rt168-13", "redteam55/rt55-13"),  # passes 168/169, natural
    ("redteam168/rt168-14", "redteam169/rt169-14"),  # passes 168/169, natural
    ("redteam168/rt168-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam168/rt168-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam168/rt168-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam168/rt168-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam168/rt168-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam168/rt168-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam168/rt168-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam168/rt168-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam168/rt168-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam168/rt168-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam168/rt168-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam168/rt168-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam168/rt168-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam168/rt168-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam168/rt168-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam168/rt168-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam168/rt168-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam168/rt168-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam168/rt168-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam168/rt168-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam168/rt168-14", "redteam32/rt32-12"),  # passes 168/169, natural
    ("redteam169/rt169-11", "redteam170/rt170-11"),  # passes 170/171, natural
    ("redteam169/rt169-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam169/rt169-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam169/rt169-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam169/rt169-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam169/rt169-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam169/rt169-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam169/rt169-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam169/rt169-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam169/rt169-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam169/rt169-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam169/rt169-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam169/rt169-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam169/rt169-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam169/rt169-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam169/rt169-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam169/rt169-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam169/rt169-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam169/rt169-11", "redteam31/rt31-12"),  # passes 168/169, natural
    ("redteam169/rt169-12", "redteam170/rt170-12"),  # passes 170/171, natural
    ("redteam169/rt169-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam169/rt169-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam169/rt169-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam169/rt169-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam169/rt169-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam169/rt169-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam169/rt169-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam169/rt169-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam169/rt169-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam169/rt169-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam169/rt169-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam169/rt169-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam169/rt169-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam169/rt169-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam169/rt169-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam169/rt169-13", "redteam170/rt170-13"),  # passes 170/171, natural
    ("redteam169/rt169-13", "redteam171/rt171-13"),  # passes 170/171, natural
    ("redteam169/rt169-13", "redteam172/rt172-13"),  # passes 172/173, natural
    ("redteam169/rt169-13", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam169/rt169-13", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam169/rt169-13", "redteam55/rt55-13"),  # passes 168/169, natural
    ("redteam169/rt169-14", "redteam170/rt170-14"),  # passes 170/171, natural
    ("redteam169/rt169-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam169/rt169-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam169/rt169-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam169/rt169-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam169/rt169-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam169/rt169-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam169/rt169-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam169/rt169-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam169/rt169-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam169/rt169-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam169/rt169-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam169/rt169-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam169/rt169-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam169/rt169-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam169/rt169-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam169/rt169-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam169/rt169-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam169/rt169-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam169/rt169-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam169/rt169-14", "redteam32/rt32-12"),  # passes 168/169, natural
    ("redteam170/rt170-11", "redteam171/rt171-11"),  # passes 170/171, natural
    ("redteam170/rt170-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam170/rt170-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam170/rt170-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam170/rt170-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam170/rt170-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam170/rt170-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam170/rt170-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam170/rt170-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam170/rt170-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam170/rt170-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam170/rt170-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam170/rt170-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam170/rt170-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam170/rt170-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam170/rt170-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam170/rt170-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam170/rt170-11", "redteam31/rt31-12"),  # passes 170/171, natural
    ("redteam170/rt170-12", "redteam171/rt171-12"),  # passes 170/171, natural
    ("redteam170/rt170-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam170/rt170-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam170/rt170-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam170/rt170-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam170/rt170-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam170/rt170-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam170/rt170-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam170/rt170-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam170/rt170-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam170/rt170-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam170/rt170-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam170/rt170-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam170/rt170-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam170/rt170-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam170/rt170-13", "redteam171/rt171-13"),  # passes 170/171, natural
    ("redteam170/rt170-13", "redteam172/rt172-13"),  # passes 172/173, natural
    ("redteam170/rt170-13", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam170/rt170-13", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam170/rt170-13", "redteam55/rt55-13"),  # passes 170/171, natural
    ("redteam170/rt170-14", "redteam171/rt171-14"),  # passes 170/171, natural
    ("redteam170/rt170-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam170/rt170-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam170/rt170-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam170/rt170-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam170/rt170-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam170/rt170-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam170/rt170-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam170/rt170-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam170/rt170-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam170/rt170-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam170/rt170-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam170/rt170-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam170/rt170-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam170/rt170-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam170/rt170-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam170/rt170-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam170/rt170-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam170/rt170-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam170/rt170-14", "redteam32/rt32-12"),  # passes 170/171, natural
    ("redteam171/rt171-11", "redteam172/rt172-11"),  # passes 172/173, natural
    ("redteam171/rt171-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam171/rt171-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam171/rt171-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam171/rt171-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam171/rt171-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam171/rt171-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam171/rt171-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam171/rt171-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam171/rt171-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam171/rt171-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam171/rt171-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam171/rt171-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam171/rt171-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam171/rt171-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam171/rt171-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam171/rt171-11", "redteam31/rt31-12"),  # passes 170/171, natural
    ("redteam171/rt171-12", "redteam173/rt173-12"),  # passes 172/173, natural
    ("redteam171/rt171-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam171/rt171-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam171/rt171-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam171/rt171-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam171/rt171-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam171/rt171-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam171/rt171-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam171/rt171-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam171/rt171-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam171/rt171-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam171/rt171-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam171/rt171-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam171/rt171-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam171/rt171-13", "redteam172/rt172-13"),  # passes 172/173, natural
    ("redteam171/rt171-13", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam171/rt171-13", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam171/rt171-13", "redteam55/rt55-13"),  # passes 170/171, natural
    ("redteam171/rt171-14", "redteam173/rt173-14"),  # passes 172/173, natural
    ("redteam171/rt171-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam171/rt171-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam171/rt171-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam171/rt171-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam171/rt171-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam171/rt171-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam171/rt171-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam171/rt171-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam171/rt171-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam171/rt171-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam171/rt171-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam171/rt171-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam171/rt171-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam171/rt171-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam171/rt171-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam171/rt171-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam171/rt171-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam171/rt171-14", "redteam32/rt32-12"),  # passes 170/171, natural
    ("redteam172/rt172-11", "redteam173/rt173-11"),  # passes 172/173, natural
    ("redteam172/rt172-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam172/rt172-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam172/rt172-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam172/rt172-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam172/rt172-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam172/rt172-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam172/rt172-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam172/rt172-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam172/rt172-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam172/rt172-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam172/rt172-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam172/rt172-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam172/rt172-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam172/rt172-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam172/rt172-11", "redteam31/rt31-12"),  # passes 172/173, natural
    ("redteam172/rt172-12", "redteam185/rt185-11"),  # passes 184/185, natural
    ("redteam172/rt172-13", "redteam173/rt173-13"),  # passes 172/173, natural
    ("redteam172/rt172-13", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam172/rt172-13", "redteam55/rt55-13"),  # passes 172/173, natural
    ("redteam172/rt172-14", "redteam45/rt45-15"),  # passes 172/173, natural
    ("redteam173/rt173-11", "redteam175/rt175-11"),  # passes 174/175, natural
    ("redteam173/rt173-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam173/rt173-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam173/rt173-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam173/rt173-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam173/rt173-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam173/rt173-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam173/rt173-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam173/rt173-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam173/rt173-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam173/rt173-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam173/rt173-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam173/rt173-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam173/rt173-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam173/rt173-11", "redteam31/rt31-12"),  # passes 172/173, natural
    ("redteam173/rt173-12", "redteam175/rt175-12"),  # passes 174/175, natural
    ("redteam173/rt173-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam173/rt173-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam173/rt173-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam173/rt173-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam173/rt173-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam173/rt173-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam173/rt173-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam173/rt173-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam173/rt173-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam173/rt173-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam173/rt173-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam173/rt173-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam173/rt173-13", "redteam185/rt185-12"),  # passes 184/185, natural
    ("redteam173/rt173-13", "redteam55/rt55-13"),  # passes 172/173, natural
    ("redteam173/rt173-14", "redteam174/rt174-14"),  # passes 174/175, natural
    ("redteam173/rt173-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam173/rt173-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam173/rt173-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam173/rt173-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam173/rt173-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam173/rt173-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam173/rt173-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam173/rt173-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam173/rt173-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam173/rt173-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam173/rt173-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam173/rt173-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam173/rt173-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam173/rt173-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam173/rt173-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam173/rt173-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam173/rt173-14", "redteam32/rt32-12"),  # passes 172/173, natural
    ("redteam174/rt174-11", "redteam179/rt179-11"),  # passes 178/179, natural
    ("redteam174/rt174-11", "redteam181/rt181-11"),  # passes 180/181, natural
    ("redteam174/rt174-11", "redteam184/rt184-11"),  # passes 184/185, natural
    ("redteam174/rt174-12", "redteam179/rt179-12"),  # passes 178/179, natural
    ("redteam174/rt174-12", "redteam181/rt181-12"),  # passes 180/181, natural
    ("redteam174/rt174-12", "redteam184/rt184-12"),  # passes 184/185, natural
    ("redteam174/rt174-12", "redteam51/rt51-15"),  # passes 174/175, natural
    ("redteam174/rt174-13", "redteam175/rt175-13"),  # passes 174/175, natural
    ("redteam174/rt174-13", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam174/rt174-13", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam174/rt174-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam174/rt174-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam174/rt174-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam174/rt174-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam174/rt174-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam174/rt174-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam174/rt174-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam174/rt174-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam174/rt174-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam174/rt174-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam174/rt174-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam174/rt174-14", "redteam175/rt175-14"),  # passes 174/175, natural
    ("redteam174/rt174-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam174/rt174-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam174/rt174-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam174/rt174-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam174/rt174-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam174/rt174-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam174/rt174-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam174/rt174-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam174/rt174-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam174/rt174-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam174/rt174-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam174/rt174-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam174/rt174-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam174/rt174-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam174/rt174-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam174/rt174-14", "redteam32/rt32-12"),  # passes 174/175, natural
    ("redteam175/rt175-11", "redteam176/rt176-12"),  # passes 176/177, natural
    ("redteam175/rt175-11", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam175/rt175-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam175/rt175-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam175/rt175-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam175/rt175-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam175/rt175-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam175/rt175-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam175/rt175-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam175/rt175-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam175/rt175-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam175/rt175-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam175/rt175-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam175/rt175-11", "redteam31/rt31-12"),  # passes 174/175, natural
    ("redteam175/rt175-12", "redteam178/rt178-12"),  # passes 178/179, natural
    ("redteam175/rt175-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam175/rt175-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam175/rt175-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam175/rt175-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam175/rt175-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam175/rt175-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam175/rt175-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam175/rt175-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam175/rt175-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam175/rt175-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam175/rt175-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam175/rt175-13", "redteam177/rt177-13"),  # passes 176/177, natural
    ("redteam175/rt175-13", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam175/rt175-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam175/rt175-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam175/rt175-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam175/rt175-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam175/rt175-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam175/rt175-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam175/rt175-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam175/rt175-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam175/rt175-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam175/rt175-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam175/rt175-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam175/rt175-14", "redteam176/rt176-14"),  # passes 176/177, natural
    ("redteam175/rt175-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam175/rt175-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam175/rt175-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam175/rt175-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam175/rt175-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam175/rt175-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam175/rt175-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam175/rt175-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam175/rt175-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam175/rt175-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam175/rt175-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam175/rt175-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam175/rt175-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam175/rt175-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam175/rt175-14", "redteam32/rt32-12"),  # passes 174/175, natural
    ("redteam176/rt176-11", "redteam45/rt45-13"),  # passes 176/177, natural
    ("redteam176/rt176-11", "redteam67/rt67-15"),  # passes 176/177, natural
    ("redteam176/rt176-12", "redteam178/rt178-11"),  # passes 178/179, natural
    ("redteam176/rt176-12", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam176/rt176-12", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam176/rt176-12", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam176/rt176-12", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam176/rt176-12", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam176/rt176-12", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam176/rt176-12", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam176/rt176-12", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam176/rt176-12", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam176/rt176-12", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam176/rt176-12", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam176/rt176-12", "redteam31/rt31-12"),  # passes 176/177, natural
    ("redteam176/rt176-13", "redteam179/rt179-13"),  # passes 178/179, natural
    ("redteam176/rt176-13", "redteam181/rt181-13"),  # passes 180/181, natural
    ("redteam176/rt176-13", "redteam184/rt184-13"),  # passes 184/185, natural
    ("redteam176/rt176-14", "redteam177/rt177-14"),  # passes 176/177, natural
    ("redteam176/rt176-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam176/rt176-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam176/rt176-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam176/rt176-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam176/rt176-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam176/rt176-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam176/rt176-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam176/rt176-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam176/rt176-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam176/rt176-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam176/rt176-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam176/rt176-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam176/rt176-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam176/rt176-14", "redteam32/rt32-12"),  # passes 176/177, natural
    ("redteam177/rt177-13", "redteam178/rt178-13"),  # passes 178/179, natural
    ("redteam177/rt177-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam177/rt177-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam177/rt177-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam177/rt177-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam177/rt177-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam177/rt177-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam177/rt177-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam177/rt177-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam177/rt177-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam177/rt177-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam177/rt177-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam177/rt177-14", "redteam178/rt178-14"),  # passes 178/179, natural
    ("redteam177/rt177-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam177/rt177-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam177/rt177-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam177/rt177-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam177/rt177-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam177/rt177-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam177/rt177-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam177/rt177-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam177/rt177-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam177/rt177-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam177/rt177-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam177/rt177-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam177/rt177-14", "redteam32/rt32-12"),  # passes 176/177, natural
    ("redteam178/rt178-11", "redteam180/rt180-11"),  # passes 180/181, natural
    ("redteam178/rt178-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam178/rt178-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam178/rt178-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam178/rt178-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam178/rt178-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam178/rt178-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam178/rt178-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam178/rt178-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam178/rt178-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam178/rt178-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam178/rt178-11", "redteam31/rt31-12"),  # passes 178/179, natural
    ("redteam178/rt178-12", "redteam180/rt180-12"),  # passes 180/181, natural
    ("redteam178/rt178-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam178/rt178-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam178/rt178-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam178/rt178-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam178/rt178-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam178/rt178-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam178/rt178-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam178/rt178-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam178/rt178-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam178/rt178-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam178/rt178-13", "redteam180/rt180-13"),  # passes 180/181, natural
    ("redteam178/rt178-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam178/rt178-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam178/rt178-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam178/rt178-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam178/rt178-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam178/rt178-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam178/rt178-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam178/rt178-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam178/rt178-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam178/rt178-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam178/rt178-14", "redteam179/rt179-14"),  # passes 178/179, natural
    ("redteam178/rt178-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam178/rt178-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam178/rt178-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam178/rt178-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam178/rt178-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam178/rt178-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam178/rt178-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam178/rt178-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam178/rt178-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam178/rt178-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam178/rt178-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam178/rt178-14", "redteam32/rt32-12"),  # passes 178/179, natural
    ("redteam179/rt179-11", "redteam181/rt181-11"),  # passes 180/181, natural
    ("redteam179/rt179-11", "redteam184/rt184-11"),  # passes 184/185, natural
    ("redteam179/rt179-12", "redteam181/rt181-12"),  # passes 180/181, natural
    ("redteam179/rt179-12", "redteam184/rt184-12"),  # passes 184/185, natural
    ("redteam179/rt179-12", "redteam51/rt51-15"),  # passes 178/179, natural
    ("redteam179/rt179-13", "redteam181/rt181-13"),  # passes 180/181, natural
    ("redteam179/rt179-13", "redteam184/rt184-13"),  # passes 184/185, natural
    ("redteam179/rt179-14", "redteam180/rt180-14"),  # passes 180/181, natural
    ("redteam179/rt179-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam179/rt179-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam179/rt179-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam179/rt179-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam179/rt179-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam179/rt179-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam179/rt179-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam179/rt179-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam179/rt179-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam179/rt179-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam179/rt179-14", "redteam32/rt32-12"),  # passes 178/179, natural
    ("redteam180/rt180-11", "redteam182/rt182-11"),  # passes 182/183, natural
    ("redteam180/rt180-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam180/rt180-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam180/rt180-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam180/rt180-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam180/rt180-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam180/rt180-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam180/rt180-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam180/rt180-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam180/rt180-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam180/rt180-11", "redteam31/rt31-12"),  # passes 180/181, natural
    ("redteam180/rt180-12", "redteam182/rt182-12"),  # passes 182/183, natural
    ("redteam180/rt180-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam180/rt180-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam180/rt180-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam180/rt180-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam180/rt180-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam180/rt180-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam180/rt180-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam180/rt180-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam180/rt180-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam180/rt180-13", "redteam182/rt182-13"),  # passes 182/183, natural
    ("redteam180/rt180-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam180/rt180-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam180/rt180-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam180/rt180-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam180/rt180-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam180/rt180-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam180/rt180-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam180/rt180-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam180/rt180-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam180/rt180-14", "redteam182/rt182-14"),  # passes 182/183, natural
    ("redteam180/rt180-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam180/rt180-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam180/rt180-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam180/rt180-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam180/rt180-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam180/rt180-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam180/rt180-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam180/rt180-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam180/rt180-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam180/rt180-14", "redteam32/rt32-12"),  # passes 180/181, natural
    ("redteam181/rt181-11", "redteam184/rt184-11"),  # passes 184/185, natural
    ("redteam181/rt181-12", "redteam184/rt184-12"),  # passes 184/185, natural
    ("redteam181/rt181-12", "redteam51/rt51-15"),  # passes 180/181, natural
    ("redteam181/rt181-13", "redteam184/rt184-13"),  # passes 184/185, natural
    ("redteam181/rt181-14", "redteam184/rt184-14"),  # passes 184/185, natural
    ("redteam181/rt181-14", "redteam185/rt185-14"),  # passes 184/185, natural
    ("redteam182/rt182-11", "redteam183/rt183-11"),  # passes 182/183, natural
    ("redteam182/rt182-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam182/rt182-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam182/rt182-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam182/rt182-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam182/rt182-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam182/rt182-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam182/rt182-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam182/rt182-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam182/rt182-11", "redteam31/rt31-12"),  # passes 182/183, natural
    ("redteam182/rt182-12", "redteam183/rt183-12"),  # passes 182/183, natural
    ("redteam182/rt182-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam182/rt182-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam182/rt182-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam182/rt182-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam182/rt182-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam182/rt182-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam182/rt182-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam182/rt182-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam182/rt182-13", "redteam183/rt183-13"),  # passes 182/183, natural
    ("redteam182/rt182-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam182/rt182-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam182/rt182-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam182/rt182-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam182/rt182-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam182/rt182-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam182/rt182-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam182/rt182-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam182/rt182-14", "redteam183/rt183-14"),  # passes 182/183, natural
    ("redteam182/rt182-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam182/rt182-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam182/rt182-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam182/rt182-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam182/rt182-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam182/rt182-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam182/rt182-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam182/rt182-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam182/rt182-14", "redteam32/rt32-12"),  # passes 182/183, natural
    ("redteam183/rt183-11", "redteam186/rt186-11"),  # passes 186/189, natural
    ("redteam183/rt183-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam183/rt183-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam183/rt183-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam183/rt183-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam183/rt183-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam183/rt183-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam183/rt183-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam183/rt183-11", "redteam31/rt31-12"),  # passes 182/183, natural
    ("redteam183/rt183-12", "redteam186/rt186-12"),  # passes 186/189, natural
    ("redteam183/rt183-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam183/rt183-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam183/rt183-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam183/rt183-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam183/rt183-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam183/rt183-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam183/rt183-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam183/rt183-13", "redteam186/rt186-13"),  # passes 186/189, natural
    ("redteam183/rt183-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam183/rt183-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam183/rt183-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam183/rt183-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam183/rt183-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam183/rt183-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam183/rt183-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam183/rt183-14", "redteam186/rt186-14"),  # passes 186/189, natural
    ("redteam183/rt183-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam183/rt183-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam183/rt183-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam183/rt183-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam183/rt183-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam183/rt183-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam183/rt183-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam183/rt183-14", "redteam32/rt32-12"),  # passes 182/183, natural
    ("redteam184/rt184-12", "redteam51/rt51-15"),  # passes 184/185, natural
    ("redteam184/rt184-14", "redteam185/rt185-14"),  # passes 184/185, natural
    ("redteam185/rt185-12", "redteam55/rt55-13"),  # passes 184/185, natural
    ("redteam186/rt186-11", "redteam187/rt187-11"),  # passes 186/189, natural
    ("redteam186/rt186-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam186/rt186-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam186/rt186-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam186/rt186-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam186/rt186-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam186/rt186-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam186/rt186-11", "redteam31/rt31-12"),  # passes 186/189, natural
    ("redteam186/rt186-12", "redteam187/rt187-12"),  # passes 186/189, natural
    ("redteam186/rt186-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam186/rt186-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam186/rt186-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam186/rt186-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam186/rt186-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam186/rt186-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam186/rt186-13", "redteam187/rt187-13"),  # passes 186/189, natural
    ("redteam186/rt186-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam186/rt186-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam186/rt186-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam186/rt186-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam186/rt186-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam186/rt186-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam186/rt186-14", "redteam187/rt187-14"),  # passes 186/189, natural
    ("redteam186/rt186-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam186/rt186-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam186/rt186-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam186/rt186-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam186/rt186-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam186/rt186-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam186/rt186-14", "redteam32/rt32-12"),  # passes 186/189, natural
    ("redteam187/rt187-11", "redteam188/rt188-11"),  # passes 186/189, natural
    ("redteam187/rt187-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam187/rt187-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam187/rt187-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam187/rt187-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam187/rt187-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam187/rt187-11", "redteam31/rt31-12"),  # passes 186/189, natural
    ("redteam187/rt187-12", "redteam188/rt188-12"),  # passes 186/189, natural
    ("redteam187/rt187-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam187/rt187-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam187/rt187-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam187/rt187-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam187/rt187-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam187/rt187-13", "redteam188/rt188-13"),  # passes 186/189, natural
    ("redteam187/rt187-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam187/rt187-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam187/rt187-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam187/rt187-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam187/rt187-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam187/rt187-14", "redteam188/rt188-14"),  # passes 186/189, natural
    ("redteam187/rt187-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam187/rt187-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam187/rt187-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam187/rt187-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam187/rt187-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam187/rt187-14", "redteam32/rt32-12"),  # passes 186/189, natural
    ("redteam188/rt188-11", "redteam189/rt189-11"),  # passes 186/189, natural
    ("redteam188/rt188-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam188/rt188-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam188/rt188-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam188/rt188-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam188/rt188-11", "redteam31/rt31-12"),  # passes 186/189, natural
    ("redteam188/rt188-12", "redteam189/rt189-12"),  # passes 186/189, natural
    ("redteam188/rt188-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam188/rt188-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam188/rt188-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam188/rt188-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam188/rt188-13", "redteam189/rt189-13"),  # passes 186/189, natural
    ("redteam188/rt188-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam188/rt188-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam188/rt188-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam188/rt188-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam188/rt188-14", "redteam189/rt189-14"),  # passes 186/189, natural
    ("redteam188/rt188-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam188/rt188-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam188/rt188-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam188/rt188-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam188/rt188-14", "redteam32/rt32-12"),  # passes 186/189, natural
    ("redteam189/rt189-11", "redteam190/rt190-11"),  # passes 190/191, natural
    ("redteam189/rt189-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam189/rt189-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam189/rt189-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam189/rt189-11", "redteam31/rt31-12"),  # passes 186/189, natural
    ("redteam189/rt189-12", "redteam190/rt190-12"),  # passes 190/191, natural
    ("redteam189/rt189-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam189/rt189-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam189/rt189-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam189/rt189-13", "redteam190/rt190-13"),  # passes 190/191, natural
    ("redteam189/rt189-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam189/rt189-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam189/rt189-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam189/rt189-14", "redteam190/rt190-14"),  # passes 190/191, natural
    ("redteam189/rt189-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam189/rt189-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam189/rt189-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam189/rt189-14", "redteam32/rt32-12"),  # passes 186/189, natural
    ("redteam190/rt190-11", "redteam191/rt191-11"),  # passes 190/191, natural
    ("redteam190/rt190-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam190/rt190-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam190/rt190-11", "redteam31/rt31-12"),  # passes 190/191, natural
    ("redteam190/rt190-12", "redteam191/rt191-12"),  # passes 190/191, natural
    ("redteam190/rt190-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam190/rt190-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam190/rt190-13", "redteam191/rt191-13"),  # passes 190/191, natural
    ("redteam190/rt190-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam190/rt190-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam190/rt190-14", "redteam191/rt191-14"),  # passes 190/191, natural
    ("redteam190/rt190-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam190/rt190-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam190/rt190-14", "redteam32/rt32-12"),  # passes 190/191, natural
    ("redteam191/rt191-11", "redteam192/rt192-11"),  # passes 192/193, natural
    ("redteam191/rt191-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam191/rt191-11", "redteam31/rt31-12"),  # passes 190/191, natural
    ("redteam191/rt191-12", "redteam192/rt192-12"),  # passes 192/193, natural
    ("redteam191/rt191-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam191/rt191-13", "redteam192/rt192-13"),  # passes 192/193, natural
    ("redteam191/rt191-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam191/rt191-14", "redteam192/rt192-14"),  # passes 192/193, natural
    ("redteam191/rt191-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam191/rt191-14", "redteam32/rt32-12"),  # passes 190/191, natural
    ("redteam192/rt192-11", "redteam193/rt193-11"),  # passes 192/193, natural
    ("redteam192/rt192-11", "redteam31/rt31-12"),  # passes 192/193, natural
    ("redteam192/rt192-12", "redteam193/rt193-12"),  # passes 192/193, natural
    ("redteam192/rt192-13", "redteam193/rt193-13"),  # passes 192/193, natural
    ("redteam192/rt192-14", "redteam193/rt193-14"),  # passes 192/193, natural
    ("redteam192/rt192-14", "redteam32/rt32-12"),  # passes 192/193, natural
    ("redteam193/rt193-11", "redteam31/rt31-12"),  # passes 192/193, natural
    ("redteam193/rt193-14", "redteam32/rt32-12"),  # passes 192/193, natural
    ("redteam25/rt25-12", "redteam95/rt95-15"),  # a knight and a dragon, one sentence asked
    ("redteam26/rt26-11", "redteam29/rt29-11"),  # met once 順番に asks (pass 120)
    ("redteam27/rt27-14", "redteam88/rt88-14"),  # ドラゴンの冒険の話, English asked
    ("redteam34/rt34-15", "redteam47/rt47-12"),  # ドラゴンと猫, English asked
    ("redteam34/rt34-15", "redteam73/rt73-15"),  # 猫 (ドラゴンと猫), English asked
    ("redteam38/rt38-14", "redteam94/rt94-15"),  # 竜と少年, English asked
    ("redteam40/rt40-12", "redteam45/rt45-12"),  # a dragon afraid of the dark, a list asked
    ("redteam45/rt45-13", "redteam67/rt67-15"),  # a dragon and a knight, a short answer asked
    ("redteam46/rt46-12", "redteam51/rt51-13"),  # a dragon who loves rain, Japanese asked
    ("redteam47/rt47-12", "redteam73/rt73-15"),  # 猫, English asked
    ("redteam66/rt66-15", "redteam70/rt70-15"),  # 桜の木に住むドラゴン, English asked (modelled)
    ("redteam67/rt67-10", "redteam75/rt75-11"),  # a dragon afraid of the dark, a short answer
    ("redteam67/rt67-14", "redteam71/rt71-14"),  # ドラゴンの話, English asked (the same runs)
]
"""Honest files that share an experiment of their own on one subject: two students who chose
the same natural idea and goal (a class-wide review flag, no penalty)."""


def test_no_two_honest_labelled_files_share_an_experiment_but_the_known_pairs(
    files: dict[str, tuple[str, list[Any]]], common: Any, topic: tuple[str, ...]
) -> None:
    """rt49-07 took one experiment, reworded, from each of two classmates; the clusters link
    files that share a control's subject and the goal its run asks for. Over every labelled
    file, the honest pairs so linked are the known ones."""
    from grader.score.own_experiments import experiments

    by_key: dict[Any, set[str]] = {}
    for name, (kind, runs) in files.items():
        if kind == "honest":
            for key in experiments(runs, common, topic):
                by_key.setdefault(key, set()).add(name)
    linked = {tuple(sorted(p)) for v in by_key.values() for p in itertools.combinations(v, 2)}
    assert sorted(linked) == SHARED_IDEAS
